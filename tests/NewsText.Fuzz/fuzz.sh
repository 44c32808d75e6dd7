#!/usr/bin/env bash
# Fuzzes the parser with AFL++ through SharpFuzz for a bounded time (default 300 s): builds the harness, instruments
# NewsText.dll, runs afl-fuzz on the seeds. Crashes land in findings/default/crashes; turn each into a regression test
# (tests/NewsText.Tests/Robustness). Needs Debian's afl++ (apt-get install afl++) and the SharpFuzz command-line tool,
# which this script installs into a local folder.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz not found; apt-get install afl++" >&2; exit 2; }
[ -x tools/sharpfuzz ] || dotnet tool install --tool-path tools SharpFuzz.CommandLine >/dev/null
rm -rf out
dotnet publish -c Release -o out >/dev/null
tools/sharpfuzz out/NewsText.dll
mkdir -p findings
# The dotnet host is not instrumented; SharpFuzz instrumented NewsText.dll, so the binary check is skipped.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
afl-fuzz -V "$seconds" -i seeds -o findings -t 10000 -m none -- out/NewsText.Fuzz || true
[ -f findings/default/fuzzer_stats ] || { echo "fuzz.sh: afl-fuzz did not run (see its output above)" >&2; exit 2; }
crashes=$(find findings -path '*crashes/id*' 2>/dev/null | wc -l)
hangs=$(find findings -path '*hangs/id*' 2>/dev/null | wc -l)
echo "fuzz.sh: ${seconds} s, ${crashes} crashes, ${hangs} hangs (findings/)"
[ "$crashes" -eq 0 ]
