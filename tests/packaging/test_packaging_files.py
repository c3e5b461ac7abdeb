"""The packaging files without a build: ids and versions agree, the Linux desktop files
install and validate, the icons render, and a frozen build finds its resources."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from roundtable import __version__
from roundtable.app import APP_ID
from roundtable.ui import resources

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml.in"
INSTALL = LINUX / "install.sh"
TEST_URL = "https://roundtable.example/screenshots"  # a reserved name: no real host

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux files")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _installed(tmp_path: Path, screenshots_url: str | None = None) -> Path:
    """Run install.sh into tmp_path/prefix with a stand-in build; the prefix."""
    dist = tmp_path / "dist"
    dist.mkdir(exist_ok=True)
    program = dist / "roundtable"
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o755)
    prefix = tmp_path / "prefix"
    env = {k: v for k, v in os.environ.items() if k != "SCREENSHOTS_URL"}
    env |= {"PREFIX": str(prefix), "DIST": str(dist)}
    if screenshots_url is not None:
        env["SCREENSHOTS_URL"] = screenshots_url
    done = subprocess.run(["sh", str(INSTALL)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return prefix


def _validate_metainfo(path: Path) -> None:
    tool = _tool("appstreamcli", "appstream")
    # --no-net: screenshot addresses are checked for their form, not fetched.
    done = subprocess.run([tool, "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_files_carry_the_app_id():
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert (ROOT / "resources" / "icons" / "roundtable.svg").exists()


def test_the_versions_agree():
    release = ET.parse(METAINFO).getroot().find("releases/release")
    assert release is not None and release.get("version") == __version__
    iss = (PACKAGING / "windows" / "roundtable.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss)[1] == __version__


def test_every_screenshot_named_is_in_resources():
    root = ET.parse(METAINFO).getroot()
    images = [image.text for image in root.iter("image")]
    assert images, "the metadata shows the app"
    for image in images:
        assert image.startswith("@SCREENSHOTS_URL@/")
        assert (ROOT / "resources" / "screenshots" / image.split("/", 1)[1]).is_file(), image


@linux_only
def test_the_desktop_entry_is_valid():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@linux_only
def test_install_sh_puts_valid_files_in_place_and_takes_them_out(tmp_path):
    prefix = _installed(tmp_path)
    share = prefix / "share"
    desktop = share / "applications" / DESKTOP.name
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    launcher = prefix / "bin" / "roundtable"
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert f'Exec="{launcher}"\n' in desktop.read_text(encoding="utf-8")
    assert subprocess.run([launcher], capture_output=True, text=True).stdout == "stand-in\n"
    text = metainfo.read_text(encoding="utf-8")
    assert "<screenshots>" not in text and "@" not in text and "<!--" not in text

    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    _validate_metainfo(metainfo)

    done = subprocess.run(
        ["sh", str(INSTALL), "--uninstall"], env={**os.environ, "PREFIX": str(prefix)}
    )
    assert done.returncode == 0
    assert not [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]


@linux_only
def test_install_sh_with_a_screenshots_address_lists_them(tmp_path):
    prefix = _installed(tmp_path, TEST_URL + "/")
    metainfo = prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    images = [image.text for image in ET.parse(metainfo).getroot().iter("image")]
    assert images and all(image.startswith(TEST_URL + "/") for image in images)
    assert f"{TEST_URL}/library.png" in images
    _validate_metainfo(metainfo)


@linux_only
def test_install_sh_wants_a_build(tmp_path):
    env = {**os.environ, "PREFIX": str(tmp_path), "DIST": str(tmp_path / "none")}
    done = subprocess.run(["sh", str(INSTALL)], env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "make package" in done.stderr


def _icons_module():
    spec = importlib.util.spec_from_file_location("icons", PACKAGING / "icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("platform", "fmt", "size"), [("win32", b"ico", 256), ("darwin", b"icns", 512)]
)
def test_the_installer_icons_render_from_the_svg(tmp_path, platform, fmt, size):
    from PySide6.QtGui import QImageReader

    path = _icons_module().icon_for(platform, tmp_path)
    reader = QImageReader(str(path))
    assert reader.format() == fmt
    image = reader.read()
    assert (image.width(), image.height()) == (size, size)
    corner, middle = image.pixelColor(0, 0), image.pixelColor(size // 2, size // 2)
    assert corner.alpha() == 0 and middle.alpha() == 255  # drawn, with rounded corners


def test_linux_takes_the_svg_itself(tmp_path):
    assert _icons_module().icon_for("linux", tmp_path) is None


def test_a_frozen_build_finds_its_own_resources(monkeypatch, tmp_path):
    assert resources.resource("icons", "roundtable.svg").is_file()  # from the source tree
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.resource("style.qss") == tmp_path / "resources" / "style.qss"
