"""Keeps the candidate given names that lede does not read as a place or an
organization in "She moved to NAME last year." (its gazetteer and lexicons).

Usage: python3 not_places.py REPO < candidates.tsv > kept.tsv
Each line is NAME, a tab and its gender; kept lines are written unchanged.
The generators gen_intl_given_names.sh and gen_us_given_names.sh share it.
"""
import json
import subprocess
import sys

repo = sys.argv[1]
cand = [line.rstrip('\n').split('\t') for line in sys.stdin if line.strip()]
probe = ''.join(json.dumps({'text': 'She moved to %s last year.' % n, 'published': '2024-05-02'}) + '\n' for n, _ in cand)
out = subprocess.run(['go', 'run', './cmd/lede', 'understand', '-'], input=probe, capture_output=True, text=True, cwd=repo,
                     check=True).stdout.splitlines()
for (name, g), line in zip(cand, out):
    a = json.loads(line)
    if not a.get('places') and not a.get('organizations'):
        sys.stdout.write(name + '\t' + g + '\n')
