"""The page at ``/``: pick or drop a draft, choose the report type and the report date, see the
findings in place (the ``--format html`` page itself, in a sandboxed frame) and download the
reviewed .docx. Vietnamese by default, English with ``?lang=en``.

Plain HTML, one inline style sheet and one inline script, both constant (so the
Content-Security-Policy names them by hash, with the HTML report's own: nothing else can run),
nothing loaded from anywhere.
"""
from __future__ import annotations

import base64
import hashlib
import html

from ..reporters import html as report_html

WORDS = {
    "vi": {"title": "Kiểm tra dự thảo báo cáo", "lead": "Chọn hoặc thả tệp dự thảo (.docx, .txt, .md). Tệp "
           "chỉ được đọc trong bộ nhớ để kiểm tra, không được lưu lại.",
           "file": "Tệp dự thảo", "drop": "Thả tệp vào đây hoặc bấm để chọn", "profile": "Loại báo cáo (dàn ý)",
           "auto": "Tự chọn theo tiêu đề và năm", "date": "Ngày báo cáo (khi dự thảo không ghi)",
           "fail_on": "Không đạt khi có", "error": "lỗi", "warning": "cảnh báo trở lên", "info": "bất kỳ phát hiện nào",
           "final": "Bản trình ký (số và ngày văn bản phải điền đủ)", "key": "Khóa API",
           "check": "Kiểm tra", "other": "English", "other_href": "/?lang=en", "api": "Tài liệu API (OpenAPI)"},
    "en": {"title": "Check a report draft", "lead": "Pick or drop a draft (.docx, .txt, .md). The file is read in "
           "memory for the check only and never stored.",
           "file": "Draft file", "drop": "Drop the file here or click to choose", "profile": "Report type (outline)",
           "auto": "Chosen from the title and year", "date": "Report date (when the draft does not say it)",
           "fail_on": "Fails on", "error": "errors", "warning": "warnings and above", "info": "any finding",
           "final": "Final version (number and date must be filled in)", "key": "API key",
           "check": "Check", "other": "Tiếng Việt", "other_href": "/?lang=vi", "api": "API documentation (OpenAPI)"},
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2430;background:#f4f5f7}
header{padding:10px 16px;background:#1d2430;color:#fff;display:flex;gap:8px 18px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:18px;margin:0}
header a{color:#cfd6e0}
main{padding:12px 16px;max-width:1400px;margin:0 auto}
form{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:10px 16px;align-items:end;background:#fff;padding:12px;border:1px solid #d5d9e0;border-radius:6px}
label{display:flex;flex-direction:column;gap:3px;font-weight:600;font-size:14px}
label.inline{flex-direction:row;align-items:center;font-weight:400}
select,input[type=date],input[type=password]{font:inherit;padding:5px 6px;border:1px solid #b8bfca;border-radius:4px;background:#fff}
#drop{grid-column:1/-1;border:2px dashed #8a94a6;border-radius:6px;padding:18px;text-align:center;cursor:pointer;background:#fafbfc}
#drop.over{border-color:#1565c0;background:#e3f2fd}
#drop input{display:block;margin:8px auto 0}
button{font:inherit;font-weight:600;padding:7px 18px;border:0;border-radius:4px;background:#1565c0;color:#fff;cursor:pointer}
button:disabled{background:#8a94a6;cursor:wait}
#status{margin:12px 0 8px;font-weight:600}
#status.pass{color:#2e7d32}#status.fail{color:#c62828}#status.error{color:#c62828}
#download{margin-left:12px}
#result{width:100%;height:78vh;border:1px solid #d5d9e0;border-radius:6px;background:#fff}
.lead{margin:0 0 10px;color:#4a5568}
"""

JS = """
(function(){
var T={vi:{checking:'Đang kiểm tra…',pick:'Hãy chọn một tệp dự thảo.',pass:'Đạt',fail:'Không đạt',
findings:'phát hiện',download:'Tải bản có nhận xét (.docx)',downloading:'Đang tạo bản có nhận xét…',
failed:'Không kiểm tra được'},
en:{checking:'Checking…',pick:'Please choose a draft file.',pass:'Pass',fail:'Fail',findings:'findings',
download:'Download the reviewed copy (.docx)',downloading:'Making the reviewed copy…',failed:'Could not check'}};
var lang=document.documentElement.lang==='en'?'en':'vi', t=T[lang];
var form=document.getElementById('check-form'), drop=document.getElementById('drop'),
    input=document.getElementById('file'),
    status=document.getElementById('status'), frame=document.getElementById('result'),
    dl=document.getElementById('download'), button=document.getElementById('check');
drop.addEventListener('click',function(e){if(e.target!==input)input.click();});
drop.addEventListener('dragover',function(e){e.preventDefault();drop.classList.add('over');});
drop.addEventListener('dragleave',function(){drop.classList.remove('over');});
drop.addEventListener('drop',function(e){e.preventDefault();drop.classList.remove('over');
  if(e.dataTransfer&&e.dataTransfer.files.length){input.files=e.dataTransfer.files;}});
function body(){var fd=new FormData(form);fd.delete('api_key');fd.set('lang',lang);
  if(!fd.get('final'))fd.set('final','false');return fd;}
function headers(){var k=form.elements.api_key?form.elements.api_key.value:'';return k?{'X-API-Key':k}:{};}
function failed(r){return r.json().then(function(j){var e=j.error||{};
  status.className='error';status.textContent=t.failed+': '+(lang==='en'?e.message_en:e.message_vi);},
  function(){status.className='error';status.textContent=t.failed+' (HTTP '+r.status+')';});}
form.addEventListener('submit',function(e){e.preventDefault();
  if(!input.files.length){status.className='error';status.textContent=t.pick;return;}
  button.disabled=true;dl.hidden=true;status.className='';status.textContent=t.checking;
  fetch('/v1/check?format=html',{method:'POST',body:body(),headers:headers()}).then(function(r){
    if(!r.ok)return failed(r);
    var verdict=r.headers.get('X-Draftcheck-Verdict'), n=r.headers.get('X-Draftcheck-Findings');
    return r.text().then(function(page){frame.srcdoc=page;frame.hidden=false;
      status.className=verdict;status.dataset.verdict=verdict;
      status.textContent=(verdict==='pass'?t.pass:t.fail)+' · '+n+' '+t.findings;
      if(/\\.docx$/i.test(input.files[0].name)){dl.hidden=false;}});
  }).catch(function(){status.className='error';status.textContent=t.failed;})
  .then(function(){button.disabled=false;});});
dl.addEventListener('click',function(){dl.disabled=true;var old=dl.textContent;dl.textContent=t.downloading;
  var name=input.files[0].name.replace(/\\.docx$/i,'')+'.da-kiem-tra.docx';
  fetch('/v1/check?format=docx',{method:'POST',body:body(),headers:headers()}).then(function(r){
    if(!r.ok)return failed(r);
    return r.blob().then(function(b){var a=document.createElement('a');a.href=URL.createObjectURL(b);
      a.download=name;document.body.appendChild(a);a.click();
      setTimeout(function(){URL.revokeObjectURL(a.href);a.remove();},60000);});
  }).catch(function(){status.className='error';status.textContent=t.failed;})
  .then(function(){dl.disabled=false;dl.textContent=old;});});
dl.textContent=t.download;
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# The page and the HTML report shown in its frame (a srcdoc frame inherits the page's policy):
# only these two scripts and style sheets, no network but this server, no form posts, no plugins.
CSP = ("default-src 'none'; "
       f"script-src {_hash(JS)} {_hash(report_html.JS)}; "
       f"style-src {_hash(CSS)} {_hash(report_html.CSS)}; "
       "img-src data: blob:; connect-src 'self'; frame-src 'self' blob: about:; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# ``--format html`` answered on its own (opened directly, or in the page's frame)
REPORT_CSP = (f"default-src 'none'; script-src {_hash(report_html.JS)}; style-src {_hash(report_html.CSS)}; "
              "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")


def render(lang: str = "vi", profiles: list[tuple[str, str]] = (), key_required: bool = False) -> str:
    """The page in ``lang``; ``profiles``: (name, title) of the report types to choose from."""
    w = WORDS["en" if lang == "en" else "vi"]
    e = html.escape
    options = [f'<option value="">{e(w["auto"])}</option>']
    options += [f'<option value="{e(name)}">{e(title)} ({e(name)})</option>' for name, title in profiles]
    key = (f'<label>{e(w["key"])}<input type="password" name="api_key" id="api_key" autocomplete="off"></label>'
           if key_required else "")
    return ("<!DOCTYPE html>\n"
            f'<html lang="{"en" if lang == "en" else "vi"}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>draftcheck — {e(w['title'])}</title><style>{CSS}</style></head><body>"
            f'<header><h1>draftcheck — {e(w["title"])}</h1><a href="{w["other_href"]}">{e(w["other"])}</a>'
            f'<a href="/openapi.json">{e(w["api"])}</a></header><main>'
            f'<p class="lead">{e(w["lead"])}</p>'
            '<form id="check-form" enctype="multipart/form-data" novalidate>'
            f'<div id="drop"><span>{e(w["drop"])}</span>'
            f'<input type="file" id="file" name="file" accept=".docx,.txt,.md" aria-label="{e(w["file"])}">'
            '</div>'
            f'<label>{e(w["profile"])}<select name="profile" id="profile">{"".join(options)}</select></label>'
            f'<label>{e(w["date"])}<input type="date" name="report_date" id="report_date"></label>'
            f'<label>{e(w["fail_on"])}<select name="fail_on" id="fail_on">'
            f'<option value="error">{e(w["error"])}</option><option value="warning">{e(w["warning"])}</option>'
            f'<option value="info">{e(w["info"])}</option></select></label>'
            f'<label class="inline"><input type="checkbox" name="final" id="final" value="true"> {e(w["final"])}</label>'
            f'{key}<div><button type="submit" id="check">{e(w["check"])}</button></div></form>'
            '<div id="status" role="status" aria-live="polite"></div>'
            '<button type="button" id="download" hidden></button>'
            '<iframe id="result" title="draftcheck" sandbox="allow-scripts" hidden></iframe>'
            f"</main><script>{JS}</script></body></html>\n")
