"""Runs a command in a pseudo-terminal and holds a dialogue with it, as a user at a terminal.

usage: pty-dialogue.py EXPECT1 SEND1 [EXPECT2 SEND2 ...] -- COMMAND [ARG...]

Waits (up to 60 s each) for the text EXPECTn in the output, then types SENDn (a "\\n" in it is
a newline), and at the end prints everything the terminal showed and exits with the command's
status. Used by the tests of `--encrypt`, which asks for a password with echo off.
"""
import os
import pty
import select
import sys
import time


def main():
    split = sys.argv.index("--")
    steps = sys.argv[1:split]
    command = sys.argv[split + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""

    def read_until(text, timeout=60):
        nonlocal seen
        deadline = time.time() + timeout
        while text.encode() not in seen:
            remaining = deadline - time.time()
            if remaining <= 0:
                return False
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    return False
                if not chunk:
                    return False
                seen += chunk
        return True

    for index in range(0, len(steps), 2):
        if not read_until(steps[index]):
            sys.stdout.write(seen.decode(errors="replace"))
            sys.stdout.write("\n[pty-dialogue: never saw %r]\n" % steps[index])
            os.kill(pid, 9)
            return 99
        time.sleep(0.2)
        os.write(fd, steps[index + 1].replace("\\n", "\r").encode())
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen.decode(errors="replace"))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
