#!/bin/sh
# Writes the GBK-family import fixtures from their UTF-8 sources, the way Alipay and
# Chinese banks export them (GB18030, CRLF). Run from the repository root; commit the bytes.
set -eu
dir=test/fixtures/import
for name in alipay alipay-legacy bank-cn; do
  iconv -f UTF-8 -t GB18030 "$dir/source/$name.txt" > "$dir/$name.gbk.csv"
done
