"""The HTML page for a reviewer, in a real headless browser (Debian's chromium through selenium)
at a phone's, a tablet's and a desktop's width, judged by the DOM's geometry: the text never
scrolls sideways, every finding can be reached and brought into view, a Word table is drawn
as a table with the finding's cell marked, the computation is a worked sum (no raw JSON), the
filters and the keyboard work. Screenshots are taken at each width. Skips without chromium.
Also, without a browser: the page loads nothing from outside."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from checker.cli import cli
from fixtures_docx import text_to_docx
from test_review_docx import BODY, HEADER_LEFT, HEADER_RIGHT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--hide-scrollbars"]
WIDTHS = {"phone": 390, "tablet": 768, "desktop": 1400}


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    d = tmp_path_factory.mktemp("html")
    src = text_to_docx(BODY, d / "bao-cao.docx", header=(HEADER_LEFT, HEADER_RIGHT))
    out = d / "bao-cao.html"
    runner = CliRunner()
    res = runner.invoke(cli, ["check", "--no-config", str(src), "--format", "html", "-o", str(out)])
    assert res.exit_code == 1, res.stderr
    findings = json.loads(runner.invoke(cli, ["check", "--no-config", str(src), "--format", "json"]).stdout)
    return out, findings["files"][0]["findings"]


def test_page_is_self_contained_and_has_no_raw_json(page):
    out, findings = page
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:|//)""", text)
    assert "@import" not in text and "<link" not in text and "url(" not in text
    assert "<details" not in text and '"parts":' not in text  # the computation, not the data
    assert "Phép tính:</b> 700 + 400 = 1.100 ≠ 1.000" in text
    assert "Tổng khác tổng các thành phần" in text and "total-mismatch" not in text  # the rule's name in Vietnamese
    assert "mục I.1 › b)" in text and "bảng 2, dòng 2, ô 2" in text
    assert text.count('class="finding ') == len(findings)


webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
needs_browser = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium/chromedriver not installed")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.skip("chromium/chromedriver not installed")
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    try:
        driver = webdriver.Chrome(options=opts, service=Service(DRIVER))
    except WebDriverException as e:
        pytest.skip(f"chromium did not start: {e.msg.splitlines()[0] if e.msg else e}")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _at_width(driver, width: int, url: str) -> None:
    """Open the page with a viewport ``width`` CSS pixels wide (the window's frame added back)."""
    driver.set_window_size(width, 900)
    inner = driver.execute_script("return window.innerWidth")
    driver.set_window_size(width + (width - inner), 900)
    driver.get(url)
    assert driver.execute_script("return window.innerWidth") == width


GEOMETRY = """
var vw = document.documentElement.clientWidth;
var lines = Array.prototype.slice.call(document.querySelectorAll('#draft .line'));
var text = lines.filter(function(l){return l.textContent.trim().length > 3;});
var draft = document.getElementById('draft').getBoundingClientRect();
var list = document.getElementById('list').getBoundingClientRect();
return {
  vw: vw,
  scrollWidth: document.documentElement.scrollWidth,
  draftScroll: document.getElementById('draft').scrollWidth - document.getElementById('draft').clientWidth,
  overflowing: text.filter(function(l){var r=l.getBoundingClientRect(); return r.right > vw + 1 || r.left < -1;}).length,
  narrowest: Math.min.apply(null, text.map(function(l){return l.getBoundingClientRect().width;})),
  draft: [draft.left, draft.top, draft.width], list: [list.left, list.top, list.width]
};
"""


@needs_browser
@pytest.mark.parametrize("name", list(WIDTHS))
def test_layout_at_each_width(browser, page, tmp_path, name):
    from selenium.webdriver.common.by import By

    out, findings = page
    width = WIDTHS[name]
    _at_width(browser, width, out.as_uri())
    shot = tmp_path / f"{name}.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    g = browser.execute_script(GEOMETRY)
    assert g["scrollWidth"] <= g["vw"], g  # the page never scrolls sideways
    assert g["draftScroll"] <= 1 and g["overflowing"] == 0, g  # nor does the text
    assert g["narrowest"] >= 0.6 * min(width, 700) or g["narrowest"] >= 230, g  # not a letter a line
    if name == "desktop":  # side by side
        assert g["draft"][0] < g["list"][0] and abs(g["draft"][1] - g["list"][1]) < 2, g
    else:  # one above the other, each the page's width
        assert g["list"][2] >= width - 2 and g["draft"][2] >= width - 2, g
    # a Word table is a table, the cell of the impossible date marked
    table = browser.find_element(By.CSS_SELECTOR, "table.doc-table")
    rows = table.find_elements(By.CSS_SELECTOR, "tr")
    assert len(rows) == 3 and table.value_of_css_property("display") == "table"
    cells = rows[1].find_elements(By.CSS_SELECTOR, "td:not(.rln)")
    assert [c.text for c in cells] == ["Kế hoạch số 12/KH-SNV", "30/02/2023"]
    a, b = (c.rect for c in cells)
    assert abs(a["y"] - b["y"]) < 1 and a["x"] + a["width"] <= b["x"] + 1  # side by side, in a row
    assert "hit" in cells[1].get_attribute("class") and cells[1].find_elements(By.CSS_SELECTOR, "mark")
    # every finding reachable: listed, visible, and its place brought into view by a click
    items = browser.find_elements(By.CSS_SELECTOR, "li.finding")
    assert len(items) == len(findings)
    for li in items:
        target = li.get_attribute("data-target")
        link = li.find_element(By.CSS_SELECTOR, "a.finding-link")
        browser.execute_script("arguments[0].scrollIntoView({block:'center'})", link)
        assert li.is_displayed() and li.rect["width"] > 200
        link.click()
        visible = browser.execute_script("""
            var el = document.getElementById(arguments[0]); var r = el.getBoundingClientRect();
            var pane = document.getElementById('draft').getBoundingClientRect();
            var top = Math.max(0, pane.top), bottom = Math.min(window.innerHeight, pane.bottom);
            return r.bottom >= top && r.top <= bottom;""", target)
        assert visible, (name, target)
        assert browser.find_elements(By.CSS_SELECTOR, f'[data-f~="{target}"].active')


@needs_browser
def test_filters_and_keyboard(browser, page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    out, findings = page
    _at_width(browser, 1400, out.as_uri())
    shown = lambda: [li.get_attribute("data-code") for li in browser.find_elements(By.CSS_SELECTOR, "li.finding")
                     if li.is_displayed()]
    assert len(shown()) == len(findings)
    browser.find_element(By.CSS_SELECTOR, '#filters input[value="structure"]').click()
    assert shown() and not any(code.startswith("ST") for code in shown())
    browser.find_element(By.CSS_SELECTOR, '#filters input[value="error"]').click()
    left = shown()
    assert left and all(f["severity"] != "error" for f in findings if f["code"] in left and not f["code"].startswith("ST"))
    assert browser.find_elements(By.CSS_SELECTOR, "mark.off")  # the hidden findings' highlights dimmed
    for value in ("structure", "error"):
        browser.find_element(By.CSS_SELECTOR, f'#filters input[value="{value}"]').click()
    assert len(shown()) == len(findings)
    # j moves to the first finding, then the next; k back
    body = browser.find_element(By.TAG_NAME, "body")
    order = [li.get_attribute("data-target") for li in browser.find_elements(By.CSS_SELECTOR, "li.finding")]
    active = lambda: browser.find_element(By.CSS_SELECTOR, "li.finding.active").get_attribute("data-target")
    ActionChains(browser).move_to_element(body).send_keys("j").perform()
    assert active() == order[0]
    ActionChains(browser).send_keys("j").send_keys("j").perform()
    assert active() == order[2]
    ActionChains(browser).send_keys("k").perform()
    assert active() == order[1]
    assert browser.switch_to.active_element.get_attribute("data-target") == order[1]  # focus follows


@needs_browser
def test_print_layout_is_one_column(browser, page):
    out, _ = page
    _at_width(browser, 1400, out.as_uri())
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        g = browser.execute_script(GEOMETRY)
        assert g["list"][1] > g["draft"][1] and g["draftScroll"] <= 1, g
        assert browser.execute_script("return getComputedStyle(document.getElementById('filters')).display") == "none"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
