;; The field index: where a buffer's separators and line feeds are, found 32 bytes at a time with WASM SIMD.
;; cli/io/field-index.ts copies a window of the buffer to offset 0 of this module's memory and calls `index`;
;; the reader then asks, of records read from that window, their fingerprint (`fingerprint`) and which cells
;; repeat the previous record's (`same`), from the bytes and entries already here.
;; `npm run build:wasm` compiles this file into field-index.wasm.ts (the bytes, in base64), which is what runs.
(module
  (memory (export "memory") 1)

  ;; index(length, sep, shift, out) -> end of the entries written
  ;; For every byte in [0, length) equal to `sep` or to LF (10), in order, writes one i32 at out, out + 4, ...:
  ;; the byte's offset plus `shift` (its position in the caller's buffer), with the top bit set for a line feed.
  ;; Returns the address after the last entry: (end - out) / 4 entries.
  (func (export "index") (param $length i32) (param $sep i32) (param $shift i32) (param $out i32) (result i32)
    (local $p i32)        ;; offset of the block being read
    (local $o i32)        ;; where the next entry goes
    (local $hits i32)     ;; one bit per byte of the block that is a separator or a line feed
    (local $lfs i32)      ;; one bit per byte of the block that is a line feed
    (local $bit i32)
    (local $byte i32)
    (local $seps v128)
    (local $lf v128)
    (local $low v128)
    (local $high v128)
    (local.set $seps (i8x16.splat (local.get $sep)))
    (local.set $lf (i8x16.splat (i32.const 10)))
    (local.set $o (local.get $out))
    ;; 32 bytes a step: two 16-byte vectors compared with the separator and LF; their lane masks make 32 bits.
    (block $blocks_done
      (loop $blocks
        (br_if $blocks_done (i32.gt_u (i32.add (local.get $p) (i32.const 32)) (local.get $length)))
        (local.set $low (v128.load (local.get $p)))
        (local.set $high (v128.load offset=16 (local.get $p)))
        (local.set $lfs
          (i32.or
            (i8x16.bitmask (i8x16.eq (local.get $low) (local.get $lf)))
            (i32.shl (i8x16.bitmask (i8x16.eq (local.get $high) (local.get $lf))) (i32.const 16))))
        (local.set $hits
          (i32.or
            (local.get $lfs)
            (i32.or
              (i8x16.bitmask (i8x16.eq (local.get $low) (local.get $seps)))
              (i32.shl (i8x16.bitmask (i8x16.eq (local.get $high) (local.get $seps))) (i32.const 16)))))
        ;; One entry per set bit, lowest first.
        (block $bits_done
          (loop $bits
            (br_if $bits_done (i32.eqz (local.get $hits)))
            (local.set $bit (i32.ctz (local.get $hits)))
            (i32.store (local.get $o)
              (i32.or
                (i32.add (i32.add (local.get $p) (local.get $bit)) (local.get $shift))
                (i32.shl (i32.shr_u (local.get $lfs) (local.get $bit)) (i32.const 31))))
            (local.set $o (i32.add (local.get $o) (i32.const 4)))
            (local.set $hits (i32.and (local.get $hits) (i32.sub (local.get $hits) (i32.const 1))))
            (br $bits)))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (br $blocks)))
    ;; The last 0-31 bytes one by one.
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $p) (local.get $length)))
        (local.set $byte (i32.load8_u (local.get $p)))
        (if (i32.or (i32.eq (local.get $byte) (i32.const 10)) (i32.eq (local.get $byte) (local.get $sep)))
          (then
            (i32.store (local.get $o)
              (i32.or
                (i32.add (local.get $p) (local.get $shift))
                (i32.shl (i32.eq (local.get $byte) (i32.const 10)) (i32.const 31))))
            (local.set $o (i32.add (local.get $o) (i32.const 4)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $tail)))
    (local.get $o))

  ;; fingerprint(start, end, entries, length, shift) -> the record's fingerprint, as recordFingerprint
  ;; (cli/io/csv-row.ts) gives it, for a record read from this window without quotes: its bytes are at
  ;; [start - shift, end - shift) of the window (start: its first cell's start; end: its last non-empty cell's
  ;; end, `length` cells in), and its cells' separators are the entries from address `entries` on, so cell j < length - 1
  ;; ends at entry j and the next one starts after it. The same arithmetic as the TypeScript, word for word:
  ;; two lanes, each word mixed into both (core's mixLane1: XOR, rotate left by 13, times 2654435761; mixLane2:
  ;; rotate by 17, times 1597334677; written out in place, as a call per word took three times as long), then
  ;; every cell's length, then finishFingerprint's avalanche into a 53-bit number.
  (func (export "fingerprint") (param $start i32) (param $end i32) (param $entries i32) (param $length i32) (param $shift i32) (result f64)
    (local $h1 i32)
    (local $h2 i32)
    (local $p i32)      ;; window offset of the next byte to mix
    (local $stop i32)   ;; window offset of the record's end
    (local $w i32)
    (local $j i32)      ;; cell
    (local $s i32)      ;; cell j's start (a position in the caller's buffer)
    (local $e i32)      ;; cell j's end
    (local $a i32)
    (local $b i32)
    (local.set $h1 (i32.xor (i32.const 0xdeadbeef) (local.get $length)))
    (local.set $h2 (i32.xor (i32.const 0x41c6ce57) (local.get $length)))
    (if (i32.gt_s (local.get $length) (i32.const 0))
      (then
        (local.set $p (i32.sub (local.get $start) (local.get $shift)))
        (local.set $stop (i32.sub (local.get $end) (local.get $shift)))
        ;; Four bytes a step, as a little-endian word.
        (block $words_done
          (loop $words
            (br_if $words_done (i32.gt_s (i32.add (local.get $p) (i32.const 4)) (local.get $stop)))
            (local.set $w (i32.load (local.get $p)))
            (local.set $h1 (i32.mul (i32.rotl (i32.xor (local.get $h1) (local.get $w)) (i32.const 13)) (i32.const 0x9e3779b1)))
            (local.set $h2 (i32.mul (i32.rotl (i32.xor (local.get $h2) (local.get $w)) (i32.const 17)) (i32.const 0x5f356495)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $words)))
        ;; The last 0-3 bytes one by one, marked so they never read as a word.
        (block $bytes_done
          (loop $bytes
            (br_if $bytes_done (i32.ge_s (local.get $p) (local.get $stop)))
            (local.set $w (i32.or (i32.load8_u (local.get $p)) (i32.const 0x7fff0000)))
            (local.set $h1 (i32.mul (i32.rotl (i32.xor (local.get $h1) (local.get $w)) (i32.const 13)) (i32.const 0x9e3779b1)))
            (local.set $h2 (i32.mul (i32.rotl (i32.xor (local.get $h2) (local.get $w)) (i32.const 17)) (i32.const 0x5f356495)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $bytes)))))
    ;; Every cell's length, plus its number.
    (local.set $s (local.get $start))
    (block $cells_done
      (loop $cells
        (br_if $cells_done (i32.ge_s (local.get $j) (local.get $length)))
        (local.set $e
          (if (result i32) (i32.eq (local.get $j) (i32.sub (local.get $length) (i32.const 1)))
            (then (local.get $end))
            (else (i32.and (i32.load (i32.add (local.get $entries) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 0x7fffffff)))))
        (local.set $h1 (i32.add (i32.mul (i32.rotl (i32.xor (local.get $h1) (i32.sub (local.get $e) (local.get $s))) (i32.const 13)) (i32.const 0x9e3779b1)) (local.get $j)))
        (local.set $h2 (i32.add (i32.mul (i32.rotl (i32.xor (local.get $h2) (i32.sub (local.get $e) (local.get $s))) (i32.const 17)) (i32.const 0x5f356495)) (local.get $j)))
        (local.set $s (i32.add (local.get $e) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $cells)))
    ;; finishFingerprint: ((b >>> 0) & 0x1fffff) * 2^32 + (a >>> 0).
    (local.set $a
      (i32.xor
        (i32.mul (i32.xor (local.get $h1) (i32.shr_u (local.get $h1) (i32.const 16))) (i32.const 0x85ebca6b))
        (i32.mul (i32.xor (local.get $h2) (i32.shr_u (local.get $h2) (i32.const 13))) (i32.const 0xc2b2ae35))))
    (local.set $b
      (i32.xor
        (i32.mul (i32.xor (local.get $h2) (i32.shr_u (local.get $h2) (i32.const 16))) (i32.const 0x85ebca6b))
        (i32.mul (i32.xor (local.get $a) (i32.shr_u (local.get $a) (i32.const 13))) (i32.const 0xc2b2ae35))))
    (f64.add
      (f64.mul (f64.convert_i32_u (i32.and (local.get $b) (i32.const 0x1fffff))) (f64.const 4294967296))
      (f64.convert_i32_u (local.get $a))))

  ;; same(cur, curStart, curLast, curCount, prev, prevStart, prevLast, prevCount, cols, shift) -> mask
  ;; Which of the columns in the bit mask `cols` (columns 0-30) hold the same bytes in two records read from this
  ;; window without quotes, as CsvRow.same says: the current record (its entries from address `cur`, its first
  ;; cell starting at position `curStart`, its last cell ending at `curLast`, `curCount` cells) and the previous
  ;; one (likewise). Cell j < count - 1 ends at entry j; the next starts after it; a column past a record's
  ;; cells is an empty cell. Returns the columns of `cols` whose cells are equal, as bits.
  (func (export "same")
    (param $cur i32) (param $curStart i32) (param $curLast i32) (param $curCount i32)
    (param $prev i32) (param $prevStart i32) (param $prevLast i32) (param $prevCount i32)
    (param $cols i32) (param $shift i32) (result i32)
    (local $left i32)   ;; columns still to compare
    (local $col i32)
    (local $a i32)      ;; the current record's cell: start, then window offset
    (local $an i32)     ;; its length
    (local $b i32)      ;; the previous record's cell
    (local $bn i32)
    (local $i i32)
    (local $mask i32)
    (local.set $left (local.get $cols))
    (block $done
      (loop $columns
        (br_if $done (i32.eqz (local.get $left)))
        (local.set $col (i32.ctz (local.get $left)))
        (local.set $left (i32.and (local.get $left) (i32.sub (local.get $left) (i32.const 1))))
        ;; The current record's cell: [a, a + an).
        (local.set $a (i32.const 0))
        (local.set $an (i32.const 0))
        (if (i32.lt_s (local.get $col) (local.get $curCount))
          (then
            (local.set $a
              (if (result i32) (i32.eqz (local.get $col))
                (then (local.get $curStart))
                (else (i32.add (i32.and (i32.load offset=0 (i32.add (local.get $cur) (i32.shl (i32.sub (local.get $col) (i32.const 1)) (i32.const 2)))) (i32.const 0x7fffffff)) (i32.const 1)))))
            (local.set $an
              (i32.sub
                (if (result i32) (i32.eq (local.get $col) (i32.sub (local.get $curCount) (i32.const 1)))
                  (then (local.get $curLast))
                  (else (i32.and (i32.load (i32.add (local.get $cur) (i32.shl (local.get $col) (i32.const 2)))) (i32.const 0x7fffffff))))
                (local.get $a)))))
        ;; The previous record's cell: [b, b + bn).
        (local.set $b (i32.const 0))
        (local.set $bn (i32.const 0))
        (if (i32.lt_s (local.get $col) (local.get $prevCount))
          (then
            (local.set $b
              (if (result i32) (i32.eqz (local.get $col))
                (then (local.get $prevStart))
                (else (i32.add (i32.and (i32.load (i32.add (local.get $prev) (i32.shl (i32.sub (local.get $col) (i32.const 1)) (i32.const 2)))) (i32.const 0x7fffffff)) (i32.const 1)))))
            (local.set $bn
              (i32.sub
                (if (result i32) (i32.eq (local.get $col) (i32.sub (local.get $prevCount) (i32.const 1)))
                  (then (local.get $prevLast))
                  (else (i32.and (i32.load (i32.add (local.get $prev) (i32.shl (local.get $col) (i32.const 2)))) (i32.const 0x7fffffff))))
                (local.get $b)))))
        (block $differ
          (br_if $differ (i32.ne (local.get $an) (local.get $bn)))
          ;; Two empty cells are equal (and may lie nowhere: a column past a record's cells).
          (if (i32.gt_s (local.get $an) (i32.const 0))
            (then
              (local.set $a (i32.sub (local.get $a) (local.get $shift)))
              (local.set $b (i32.sub (local.get $b) (local.get $shift)))
              ;; Up to 8 bytes: one 8-byte load each, the bytes past the cell masked off (a window is followed
              ;; by more of the module's memory, so the load stays inside it). Longer: 8 bytes a step, then the
              ;; last 8 (overlapping the step before) for a length not divisible by 8.
              (if (i32.le_s (local.get $an) (i32.const 8))
                (then
                  (br_if $differ
                    (i64.ne
                      (i64.and
                        (i64.xor (i64.load (local.get $a)) (i64.load (local.get $b)))
                        (i64.shr_u (i64.const -1) (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $an) (i32.const 3))))))
                      (i64.const 0))))
                (else
                  (local.set $i (i32.const 0))
                  (block $words_done
                    (loop $words
                      (br_if $words_done (i32.ge_s (i32.add (local.get $i) (i32.const 8)) (local.get $an)))
                      (br_if $differ
                        (i64.ne (i64.load (i32.add (local.get $a) (local.get $i))) (i64.load (i32.add (local.get $b) (local.get $i)))))
                      (local.set $i (i32.add (local.get $i) (i32.const 8)))
                      (br $words)))
                  (local.set $i (i32.sub (local.get $an) (i32.const 8)))
                  (br_if $differ
                    (i64.ne (i64.load (i32.add (local.get $a) (local.get $i))) (i64.load (i32.add (local.get $b) (local.get $i)))))))))
          (local.set $mask (i32.or (local.get $mask) (i32.shl (i32.const 1) (local.get $col)))))
        (br $columns)))
    (local.get $mask))
)
