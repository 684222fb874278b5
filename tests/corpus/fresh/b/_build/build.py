import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from passages import P, MUT
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for k, lines in P.items():
    lines = [unicodedata.normalize("NFC", l) for l in lines]
    open(os.path.join(out, k + ".txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    if k in MUT:
        ln, old, new = MUT[k]
        m = list(lines)
        assert m[ln-1].count(old) == 1, (k, old)
        m[ln-1] = m[ln-1].replace(old, new)
        open(os.path.join(out, k + "-mut.txt"), "w", encoding="utf-8").write("\n".join(m) + "\n")
print("ok")
