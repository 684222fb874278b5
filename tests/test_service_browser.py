"""End to end: the real server (``python -m checker serve`` under uvicorn, on 127.0.0.1 and a
free port, in a subprocess), the page at ``/`` in headless Debian chromium through selenium: the
reference draft uploaded as a .docx, its findings seen on the page, the reviewed copy downloaded
and opened. Also, over a raw socket, that a streamed body over the limit is refused before it
has all been sent. Skips cleanly when no browser is installed."""
from __future__ import annotations

import io
import os
import select
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="the service extra is not installed")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

from fixtures_docx import text_to_docx  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "corpus" / "docs" / "tiengiang-cchc-4thang-2020.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--window-size=1400,1000"]
LIMIT = 1024 * 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "server.log"
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", str(port), "--workers", "1",
                                 "--queue", "4", "--max-bytes", str(LIMIT)], cwd=ROOT, stdout=fh, stderr=fh,
                                env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the server did not start: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)
    yield base, port, log
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def listening(port: int) -> list[str]:
    """The local addresses (hex, as the kernel writes them) of the sockets listening on ``port``."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            addr, hexport = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(hexport, 16) == port:  # 0A: LISTEN
                out.append(addr)
    return out


def test_listens_on_loopback_only(server):
    base, port, log = server
    assert base.startswith("http://127.0.0.1:")
    assert f"Uvicorn running on http://127.0.0.1:{port}" in log.read_text(errors="replace")
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp here")
    assert listening(port) == ["0100007F"]  # 127.0.0.1 only: not 0.0.0.0, not ::


def test_a_streamed_body_over_the_limit_is_refused_before_it_is_sent(server):
    _, port, _ = server
    chunk = b"a" * 65536
    total_planned = 64 * LIMIT  # 64 MB if nothing stopped it
    sent = 0
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n")
        try:
            while sent < total_planned:
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
                readable, _, _ = select.select([s], [], [], 0)
                if readable:
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass
        s.settimeout(10)
        try:
            while b"\r\n\r\n" not in answer:
                data = s.recv(65536)
                if not data:
                    break
                answer += data
        except (ConnectionResetError, socket.timeout):
            pass
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 8 * LIMIT, f"{sent:,} bytes sent before the refusal"


def test_upload_see_findings_and_download_the_reviewed_copy(server, tmp_path):
    if not (CHROMIUM and DRIVER):
        pytest.skip("chromium/chromedriver not installed")
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    base, _, log = server
    draft = text_to_docx(SEED.read_text(encoding="utf-8"), tmp_path / "tiengiang-cchc.docx")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    # what the page should show: the same service's JSON for the same draft and options
    import httpx

    with open(draft, "rb") as fh:
        expected = httpx.post(base + "/v1/check", files={"file": (draft.name, fh.read())},
                              data={"profile": "cchc-2011-2020", "report_date": "2020-05-05", "lang": "vi",
                                    "final": "false"}, timeout=60).json()
    findings = expected["files"][0]["findings"]
    assert len(findings) >= 10 and expected["verdict"] == "fail"

    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(options=opts, service=Service(DRIVER))
    except WebDriverException as e:
        pytest.skip(f"chromium did not start: {e.msg.splitlines()[0] if e.msg else e}")
    try:
        driver.set_page_load_timeout(60)
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        driver.get(base + "/")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
        assert "Kiểm tra dự thảo báo cáo" in driver.title
        driver.find_element(By.ID, "file").send_keys(str(draft))
        Select(driver.find_element(By.ID, "profile")).select_by_value("cchc-2011-2020")
        driver.execute_script("document.getElementById('report_date').value = '2020-05-05'")
        driver.find_element(By.ID, "check").click()
        status = driver.find_element(By.ID, "status")
        WebDriverWait(driver, 90).until(lambda d: status.get_attribute("data-verdict"))
        assert status.get_attribute("data-verdict") == "fail"
        assert status.text == f"Không đạt · {len(findings)} phát hiện"
        # the findings in place: the HTML report in the page's frame
        driver.switch_to.frame(driver.find_element(By.ID, "result"))
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "li.finding"))
        items = driver.find_elements(By.CSS_SELECTOR, "li.finding:not(.sev-suppressed)")
        shown = sorted((li.get_attribute("data-code"), li.find_element(By.CSS_SELECTOR, ".msg").text) for li in items)
        assert shown == sorted((f["code"], f["message"]) for f in findings)
        assert driver.find_element(By.ID, "draft").is_displayed()
        # the report's own script runs in the frame (allowed by its hash): it sets --top, and a click
        # on a finding marks its place in the draft
        assert driver.execute_script("return document.documentElement.style.getPropertyValue('--top')")
        link = items[-1].find_element(By.CSS_SELECTOR, "a.finding-link")
        driver.execute_script("arguments[0].click()", link)
        target = link.get_attribute("data-target")
        assert driver.find_elements(By.CSS_SELECTOR, f'[data-f~="{target}"].active')
        driver.switch_to.default_content()
        # the reviewed copy
        button = driver.find_element(By.ID, "download")
        assert button.is_displayed() and "nhận xét" in button.text
        button.click()
        deadline = time.monotonic() + 90
        copy = None
        while time.monotonic() < deadline:
            done = [p for p in downloads.iterdir() if p.suffix == ".docx"]
            if done and not any(p.suffix == ".crdownload" for p in downloads.iterdir()):
                copy = done[0]
                break
            time.sleep(0.2)
        assert copy is not None, list(downloads.iterdir())
        assert copy.name == "tiengiang-cchc.da-kiem-tra.docx"
        import docx

        data = copy.read_bytes()
        docx.Document(io.BytesIO(data))
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            comments = zf.read("word/comments.xml").decode("utf-8")
        assert comments.count("<w:comment ") == len(findings) and 'w:author="draftcheck"' in comments
        # nothing was refused by the page's Content-Security-Policy
        console = [entry["message"] for entry in driver.get_log("browser")]
        assert not [m for m in console if "Content Security Policy" in m or "Refused" in m or "Uncaught" in m], console
        # an unreadable draft: the service's reason, in Vietnamese, where the verdict was
        bad = tmp_path / "khong-phai-van-ban.txt"
        bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
        driver.get(base + "/")
        driver.find_element(By.ID, "file").send_keys(str(bad))
        driver.find_element(By.ID, "check").click()
        status = driver.find_element(By.ID, "status")
        WebDriverWait(driver, 60).until(lambda d: "error" in (status.get_attribute("class") or ""))
        assert status.text.startswith("Không kiểm tra được: Không đọc được dự thảo") and "PDF" in status.text
        assert not driver.find_element(By.ID, "download").is_displayed()
        # English on asking
        driver.get(base + "/?lang=en")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert driver.find_element(By.ID, "check").text == "Check"
    finally:
        driver.quit()
    # the server's log says what was asked, never what was sent
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "POST /v1/check 200" in text
    assert "VBQPPL" not in text and "tiengiang" not in text
