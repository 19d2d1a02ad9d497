;; The field index: where a buffer's separators and line feeds are, found 32 bytes at a time with WASM SIMD.
;; cli/io/field-index.ts copies a window of the buffer to offset 0 of this module's memory and calls `index`;
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
)
