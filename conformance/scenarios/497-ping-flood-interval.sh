# 497-ping-flood-interval: iputils ping's flood, preload, zero interval and adaptive modes over a veth pair
# Pins down: -f prints a "." per request and "\b \b" per reply (the transcript shows ". " per answered
# request), interval 0 unless -i, the summary's ipg/ewma part with -f, -i 0 and -A (masked here by sed:
# the figures are times); -l N sends N at once; -O reports unanswered requests; -D stamps each line;
# -U; -i below a millisecond is 0 ms; -l and -i range errors; no loss on an idle path. ("pipe N" is
# cut where a second request may go out before the first reply is read: that depends on timing.)
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip netns exec a ping -f -c 200 10.0.0.2 | sed "s/, pipe [0-9]*//; s/ipg\/ewma [0-9.\/]* ms/ipg\/ewma <T>/"
ip netns exec a ping -f -q -c 2000 10.0.0.2 | sed "s/, pipe [0-9]*//; s/ipg\/ewma [0-9.\/]* ms/ipg\/ewma <T>/"
ip netns exec a ping -c 20000 -i 0 -q 10.0.0.2 | sed "s/, pipe [0-9]*//; s/ipg\/ewma [0-9.\/]* ms/ipg\/ewma <T>/"
ip netns exec a ping -l 5 -c 10 -i 0.2 -q 10.0.0.2
ip netns exec a ping -A -c 20 -q 10.0.0.2 | sed "s/, pipe [0-9]*//; s/ipg\/ewma [0-9.\/]* ms/ipg\/ewma <T>/"
ip netns exec a ping -D -c 2 -i 0.2 10.0.0.2 | sed 's/^\[[0-9]*\.[0-9]*\] /[T] /'
ip netns exec a ping -U -c 2 -i 0.2 10.0.0.2
ip netns exec a ping -f -c 3 127.0.0.1 | sed "s/, pipe [0-9]*//; s/ipg\/ewma [0-9.\/]* ms/ipg\/ewma <T>/"
ip netns exec a ping -i 0.0001 -c 3 -q 10.0.0.2 | sed "s/, pipe [0-9]*//; s/ipg\/ewma [0-9.\/]* ms/ipg\/ewma <T>/"
ip netns exec a ping -l 0 -c 1 10.0.0.2
ip netns exec a ping -l 65537 -c 1 10.0.0.2
ip netns exec a ping -i 3000000 -c 1 10.0.0.2
ip netns exec a ping -O -c 3 -i 0.5 -W 1 10.0.0.9
ip netns exec a ping -f -c 5 -W 1 10.0.0.9
