"""LibreOffice headless as a reviewer: accept or reject every tracked change of a DOCX.

There is no Python UNO here, so a LibreOffice Basic macro does it: it is written into a
throwaway user profile (its "My Macros" Standard library, which LibreOffice trusts), and
``soffice --headless macro:///Standard.Module1.Review(...)`` loads the DOCX hidden,
dispatches .uno:AcceptAllTrackedChanges or .uno:RejectAllTrackedChanges, and stores the
result as DOCX.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic">
Sub Review(source As String, target As String, command As String)
    Dim load(0) As New com.sun.star.beans.PropertyValue
    load(0).Name = &quot;Hidden&quot;
    load(0).Value = True
    url = ConvertToURL(source)
    document = StarDesktop.loadComponentFromURL(url, &quot;_blank&quot;, 0, load())
    helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
    frame = document.getCurrentController().getFrame()
    helper.executeDispatch(frame, &quot;.uno:&quot; &amp; command, &quot;&quot;, 0, Array())
    Dim save(0) As New com.sun.star.beans.PropertyValue
    save(0).Name = &quot;FilterName&quot;
    save(0).Value = &quot;MS Word 2007 XML&quot;
    document.storeToURL(ConvertToURL(target), save())
    document.close(True)
End Sub
</script:module>
"""


def soffice(profile: Path, *args: str, timeout: int = 300) -> None:
    """Run LibreOffice headless with a profile of its own (never the user's)."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *args],
        check=True,
        capture_output=True,
        timeout=timeout,
    )


def convert(profile: Path, source: Path, fmt: str, folder: Path) -> Path:
    """Convert a file with LibreOffice; return the converted file's path."""
    soffice(profile, "--convert-to", fmt, "--outdir", str(folder), str(source))
    return folder / f"{source.stem}.{fmt}"


def review_all(profile: Path, source: Path, target: Path, accept: bool) -> Path:
    """Accept (or reject) every tracked change of a DOCX in LibreOffice, saved as DOCX."""
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.exists() or "Sub Review" not in module.read_text(encoding="utf-8"):
        # A first run makes the profile with its empty Standard library, then the macro
        # goes in: a profile LibreOffice did not make itself may be made again over it.
        if not module.exists():
            convert(profile, source, "odt", target.parent)
        module.write_text(_MODULE, encoding="utf-8")
    command = "AcceptAllTrackedChanges" if accept else "RejectAllTrackedChanges"
    soffice(profile, f'macro:///Standard.Module1.Review("{source}","{target}","{command}")')
    return target
