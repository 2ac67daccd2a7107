"""Opens an ODF document in LibreOffice, headless, through Python-UNO and exports it to PDF.

usage: soffice-pdf-with-password.py INPUT OUTPUT.pdf [PASSWORD_FILE]

soffice --convert-to takes no password, so this starts its own soffice (a private profile,
a named pipe), loads INPUT with the MediaDescriptor's Password property (the first line of
PASSWORD_FILE) when one is given and no interaction handler, so a missing or wrong password
fails instead of asking, and stores it with the writer_pdf_Export filter.
Exit status: 0 written, 3 LibreOffice would not load or export it, 2 soffice did not start.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    source, target = sys.argv[1], sys.argv[2]
    password = None
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as f:
            password = f.readline().rstrip("\r\n")
    profile = tempfile.mkdtemp(prefix="marac-soffice-")
    pipe = "marac_test_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    for _ in range(240):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    if context is None:
        office.kill()
        print("soffice did not start", file=sys.stderr)
        return 2
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    load = [prop("Hidden", True), prop("ReadOnly", True)]
    if password is not None:
        load.append(prop("Password", password))
    status = 0
    try:
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, tuple(load))
        if document is None:
            raise RuntimeError("LibreOffice did not load the document")
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                            (prop("FilterName", "writer_pdf_Export"),))
        document.close(True)
    except Exception as error:
        print("not converted: %s" % error, file=sys.stderr)
        status = 3
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(60)
    except subprocess.TimeoutExpired:
        office.kill()
    subprocess.run(["rm", "-rf", profile])
    return status


if __name__ == "__main__":
    sys.exit(main())
