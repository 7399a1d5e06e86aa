package linnet.tools.jq;

/**
 * The builtins jq 1.6 defines in its own language (src/builtin.jq), written here with the same
 * behaviour: what they yield, in which order, and which errors they raise on which inputs.
 */
final class JqPrelude {
    private JqPrelude() {}

    static final String SOURCE = """
            def error: error(.);
            def map(f): [.[] | f];
            def select(f): if f then . else empty end;
            def isfinite: type == "number" and (isinfinite | not);
            def arrays: select(type == "array");
            def objects: select(type == "object");
            def iterables: arrays, objects;
            def booleans: select(type == "boolean");
            def numbers: select(type == "number");
            def normals: select(isnormal);
            def finites: select(isfinite);
            def strings: select(type == "string");
            def nulls: select(type == "null");
            def values: select(. != null);
            def scalars: select(. == null or . == true or . == false or type == "number" or type == "string");
            def unique: group_by(.) | map(.[0]);
            def del(f): delpaths([path(f)]);
            def map_values(f): .[] |= f;
            def recurse_down: recurse;
            def to_entries: [keys_unsorted[] as $k | {key: $k, value: .[$k]}];
            def from_entries: map({(.key // .Key // .name // .Name): (if has("value") then .value else .Value end)})
                | add | . //= {};
            def with_entries(f): to_entries | map(f) | from_entries;
            def reverse: [.[length - 1 - range(0; length)]];
            def index($i): indices($i) | .[0];
            def rindex($i): indices($i) | .[-1:][0];
            def paths: path(..) | select(length > 0);
            def paths(node_filter): . as $dot | paths | select(. as $p | $dot | getpath($p) | node_filter);
            def leaf_paths: paths(scalars);
            def any(generator; condition): isempty(first(generator | select(condition))) | not;
            def any(condition): any(.[]; condition);
            def any: any(.);
            def all(generator; condition): isempty(first(generator | select(condition | not)));
            def all(condition): all(.[]; condition);
            def all: all(.);
            def join($x): reduce .[] as $i (null;
                    (if . == null then "" else . + $x end)
                    + ($i | if type == "boolean" or type == "number" then tostring else . // "" end)) // "";
            def _flatten($x): reduce .[] as $i ([]; if $i | type == "array" and $x != 0
                    then . + ($i | _flatten($x - 1)) else . + [$i] end);
            def flatten($x): if $x < 0 then error("flatten depth must not be negative") else _flatten($x) end;
            def flatten: _flatten(-1);
            def match(re; mode): _match_impl(re; mode; false) | .[];
            def match($val): ($val | type) as $vt | if $vt == "string" then match($val; null)
                elif $vt == "array" and ($val | length) > 1 then match($val[0]; $val[1])
                elif $vt == "array" and ($val | length) > 0 then match($val[0]; null)
                else error($vt + " not a string or array") end;
            def test(re; mode): _match_impl(re; mode; true);
            def test($val): ($val | type) as $vt | if $vt == "string" then test($val; null)
                elif $vt == "array" and ($val | length) > 1 then test($val[0]; $val[1])
                elif $vt == "array" and ($val | length) > 0 then test($val[0]; null)
                else error($vt + " not a string or array") end;
            def capture(re; mods): match(re; mods)
                | reduce (.captures | .[] | select(.name != null) | {(.name): .string}) as $pair ({}; . + $pair);
            def capture($val): ($val | type) as $vt | if $vt == "string" then capture($val; null)
                elif $vt == "array" and ($val | length) > 1 then capture($val[0]; $val[1])
                elif $vt == "array" and ($val | length) > 0 then capture($val[0]; null)
                else error($vt + " not a string or array") end;
            def scan(re): match(re; "g") | if (.captures | length > 0) then [.captures | .[] | .string] else .string end;
            def _nwise(a; $n): if a | length <= $n then a else a[0:$n], _nwise(a[$n:]; $n) end;
            def _nwise($n): _nwise(.; $n);
            def splits($re; flags): . as $s
                | [match($re; "g" + flags) | (.offset, .offset + .length)]
                | [0] + . + [$s | length]
                | _nwise(2)
                | $s[.[0]:.[1]];
            def splits($re): splits($re; null);
            def split($re; flags): [splits($re; flags)];
            def last(g): reduce g as $item (null; $item);
            def nth($n; g): if $n < 0 then error("nth doesn't support negative indices") else last(limit($n + 1; g)) end;
            def first: .[0];
            def last: .[-1];
            def nth($n): .[$n];
            def combinations: if length == 0 then [] else .[0][] as $x | (.[1:] | combinations) as $y | [$x] + $y end;
            def combinations(n): . as $dot | [range(n) | $dot] | combinations;
            def transpose: if . == [] then [] else . as $in | (map(length) | max) as $max | length as $length
                | reduce range(0; $max) as $j ([]; . + [reduce range(0; $length) as $i ([]; . + [$in[$i][$j]])]) end;
            def in(xs): . as $x | xs | has($x);
            def inside(xs): . as $x | xs | contains($x);
            def walk(f): . as $in
                | if type == "object" then reduce keys_unsorted[] as $key ({}; . + {($key): ($in[$key] | walk(f))}) | f
                  elif type == "array" then map(walk(f)) | f
                  else f end;
            def INDEX(stream; idx_expr): reduce stream as $row ({}; .[$row | idx_expr | if type != "string" then tojson else . end] |= $row);
            def INDEX(idx_expr): INDEX(.[]; idx_expr);
            def IN(s): reduce (first(select(. == s)) | true) as $v (false; if . or $v then true else false end);
            def IN(src; s): reduce (src | IN(s)) as $v (false; if . or $v then true else false end);
            def env: $ENV;
            def fromstream(f): {x: null, e: false} as $init
                | foreach f as $i ($init;
                    if .e then $init else . end
                    | if $i | length == 2
                      then setpath(["e"]; $i[0] | length == 0) | setpath(["x"] + $i[0]; $i[1])
                      else setpath(["e"]; $i[0] | length == 1) end;
                    if .e then .x else empty end);
            """;
}
