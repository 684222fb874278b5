"""The HTML report in a real headless browser (Debian's chromium through selenium and
chromedriver): the page opens, shows every finding of the reference draft, and a click on a
finding scrolls the draft to it. Skips cleanly when no browser is installed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli

SEED = Path(__file__).resolve().parent / "corpus" / "docs" / "tiengiang-cchc-4thang-2020.txt"  # copied from ../shared/seed
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "workflow-suppression.md"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--window-size=1280,800"]

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium/chromedriver not installed")


@pytest.fixture(scope="module")
def browser():
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    try:
        driver = webdriver.Chrome(options=opts, service=Service(DRIVER))
    except WebDriverException as e:  # a browser that cannot start here is "no browser"
        pytest.skip(f"chromium did not start: {e.msg.splitlines()[0] if e.msg else e}")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def render(path: Path, out: Path) -> list[dict]:
    runner = CliRunner()
    runner.invoke(cli, ["check", "--no-config", str(path), "--format", "html", "-o", str(out)])
    doc = json.loads(runner.invoke(cli, ["check", "--no-config", str(path), "--format", "json"]).stdout)
    return doc["files"][0]["findings"], doc["files"][0].get("suppressed", [])


def in_view(driver, element_id: str) -> bool:
    return driver.execute_script("""
        var el = document.getElementById(arguments[0]);
        var pane = document.getElementById('draft').getBoundingClientRect();
        var r = el.getBoundingClientRect();
        return r.top >= pane.top && r.bottom <= pane.bottom && r.bottom > r.top;
    """, element_id)


def open_page(driver, page: Path):
    driver.get(page.as_uri())
    assert driver.find_element("id", "draft") and driver.find_element("id", "list")


def check_every_finding_and_click(driver, page, findings, suppressed):
    from selenium.webdriver.common.by import By

    open_page(driver, page)
    items = driver.find_elements(By.CSS_SELECTOR, "li.finding:not(.sev-suppressed)")
    assert len(items) == len(findings)
    listed = sorted((li.get_attribute("data-code"), li.find_element(By.CSS_SELECTOR, ".msg").text) for li in items)
    assert listed == sorted((f["code"], f["message"]) for f in findings)
    assert all(li.is_displayed() for li in items)
    # every finding is highlighted (or, for a document-level one, shown in the banner)
    for li in items:
        target = li.get_attribute("data-target")
        marks = driver.find_elements(By.CSS_SELECTOR, f'[data-f~="{target}"]')
        assert marks and driver.find_element(By.ID, target), target
    assert len(driver.find_elements(By.CSS_SELECTOR, "li.sev-suppressed")) == len(suppressed)
    # the finding furthest down the draft is out of view at first; a click brings it into view
    last = max((f for f in findings if f["excerpt"]), key=lambda f: (f["line"], f["column"]))
    idx = findings.index(last)
    target = f"f-0-{idx}"
    assert not in_view(driver, target)
    driver.find_element(By.CSS_SELECTOR, f'a.finding-link[data-target="{target}"]').click()
    assert driver.execute_script("return document.getElementById('draft').scrollTop") > 0
    assert in_view(driver, target)
    mark = driver.find_element(By.CSS_SELECTOR, f'mark[data-f~="{target}"]')
    assert "active" in mark.get_attribute("class")
    assert last["excerpt"].split()[0] in mark.text or mark.text in last["excerpt"]


def test_sample_page_opens_and_click_scrolls(browser, tmp_path):
    page = tmp_path / "sample.html"
    findings, suppressed = render(SAMPLE, page)
    assert findings and suppressed
    browser.set_window_size(1280, 420)  # the sample is short: a small window makes it scroll
    try:
        check_every_finding_and_click(browser, page, findings, suppressed)
    finally:
        browser.set_window_size(1280, 800)


@pytest.mark.skipif(not SEED.exists(), reason="the reference draft is not in tests/corpus")
def test_reference_draft_page(browser, tmp_path):
    page = tmp_path / "seed.html"
    findings, suppressed = render(SEED, page)
    assert len(findings) > 0
    check_every_finding_and_click(browser, page, findings, suppressed)
    # the computation is shown for arithmetic findings
    from selenium.webdriver.common.by import By

    arith = [i for i, f in enumerate(findings) if f["category"] == "arithmetic"]
    for i in arith:
        li = browser.find_element(By.CSS_SELECTOR, f'li[data-target="f-0-{i}"]')
        assert li.find_elements(By.CSS_SELECTOR, ".calc"), findings[i]["code"]
