# 654-curl-errors-meter: curl 7.88.1's failures before and at connect, with the progress meter it draws on a pipe
# Pins down: URL errors (3) and unsupported protocols (1) before any meter, resolve failure (6) after the meter's first line, connect failure (7) with the meter redrawn and ended, -w %{url_effective}/%{http_code} on failures, wget's scheme error
curl http://nosuch/ 2>&1 | tr '\r' '~'
curl http://127.0.0.1:1/ 2>&1 | tr '\r' '~' | sed -E 's/after [0-9]+ ms/after N ms/'
curl foo://x; echo "rc=$?"; curl -s foo://x; echo "rc=$?"; curl http://a:b/; echo "rc=$?"; curl -s http://a:b/; echo "rc=$?"
curl -s -w '%{url_effective} %{http_code}\n' http://127.0.0.1:1/x; curl -s -w '%{url_effective} %{http_code}\n' 127.0.0.1:1; echo "rc=$?"
wget foo://x; echo "rc=$?"; wget -q http://127.0.0.1:1/; echo "rc=$?"
