#!/bin/bash
# Records posix-regex.tsv from the real GNU grep (3.8, LC_ALL=C): for each case
# SYNTAX<TAB>PATTERN<TAB>SUBJECT it appends whether the subject matches (grep -c), the
# non-empty leftmost-longest matches (grep -o, joined by '|'), and stderr ('' if none).
# Usage: ./record-posix-regex.sh < cases > posix-regex.tsv
export LC_ALL=C
while IFS=$'\t' read -r syn pat subj; do
  [ -z "$syn" ] && continue
  case "$syn" in G) f=-G;; E) f=-E;; GI) f='-G -i';; EI) f='-E -i';; esac
  c=$(printf '%s\n' "$subj" | grep $f -c -e "$pat" 2>/tmp/rr.err)
  o=$(printf '%s\n' "$subj" | grep $f -o -e "$pat" 2>/dev/null | paste -sd'|')
  e=$(paste -sd'|' /tmp/rr.err)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$syn" "$pat" "$subj" "${c:-x}" "$o" "$e"
done
