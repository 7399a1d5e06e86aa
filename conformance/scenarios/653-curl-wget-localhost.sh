# 653-curl-wget-localhost: curl 7.88.1 and Wget 1.21.3 with the name localhost against python3 -m http.server on 127.0.0.1
# Pins down: curl's own localhost (127.0.0.1, then ::1 when refused), wget resolving through /etc/hosts ("Resolving localhost (localhost)...", "Connecting to localhost (localhost)|127.0.0.1|:PORT"), the Host header with the name
mkdir -p /tmp/dk653d && printf 'hi\n' > /tmp/dk653d/a.txt
python3 -m http.server 8002 --bind 127.0.0.1 --directory /tmp/dk653d > /dev/null 2>&1 & sleep 1; curl -sv http://localhost:8002/a.txt 2>&1 | grep -v -E '^< (Date|Last-Mod)'; wget -O - http://localhost:8002/a.txt 2>&1 | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/DATE/g; s/ +[0-9.]+[KM]=/ R=/; s/\([0-9.]+ [KM]B\/s\)/(R)/'; wget -nv -O /dev/null http://localhost:8002/a.txt 2>&1 | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/DATE/g'; kill %1
curl -s http://localhost:1/; echo "rc=$?"; curl -sS http://localhost:1/; curl -sv http://localhost:1/; echo "rc=$?"; wget http://localhost:1/ 2>&1 | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/DATE/g'; wget -nv http://localhost:1/; echo "rc=$?"
rm -rf /tmp/dk653d
