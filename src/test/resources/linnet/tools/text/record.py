#!/usr/bin/env python3
"""Records what the real GNU tools print, for the table tests of linnet.tools.text.

Usage: ./record.py TOOL   reads cases/TOOL.txt, writes TOOL.tsv.
A case line is `ARGS<TAB>STDIN`: ARGS as shell words (shlex), STDIN with backslash escapes
(\\n \\t \\\\; absent = /dev/null). Each one runs in an empty scratch directory with run-kernel's
environment (LC_ALL=C). A TSV row is status, stdin, stdout, stderr, then the argv words, each
field escaped as \\\\ \\n \\t (stdin '\\N' = /dev/null)."""
import os, shlex, subprocess, sys, tempfile

ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C",
       "LANG": "C", "HOME": "/root", "TERM": "dumb"}

def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")

def unesc(s):
    return s.encode("latin-1").decode("unicode_escape").encode("latin-1")

tool = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(here, "cases", tool + ".txt"), encoding="latin-1"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    args, _, stdin = line.partition("\t")
    argv = shlex.split(args)
    data = unesc(stdin) if _ else None
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.run(argv, input=data, stdin=None if data is not None else subprocess.DEVNULL,
                           capture_output=True, cwd=d, env=ENV)
    rows.append("\t".join([str(p.returncode), "\\N" if data is None else esc(data.decode("latin-1")),
                           esc(p.stdout.decode("latin-1")), esc(p.stderr.decode("latin-1"))]
                          + [esc(a) for a in argv]))
with open(os.path.join(here, tool + ".tsv"), "w", encoding="latin-1") as f:
    f.write("\n".join(rows) + "\n")
