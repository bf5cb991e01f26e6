;; The floor loop of scripts/profile-printer-stream.ts in WebAssembly (compiled there with wabt):
;; finds where each command of the receipt stream in memory [0, n) ends, and writes one entry per
;; command (code u8, length i32, offset f64) into three rings of 65,536 entries at 8 MiB, 8 MiB +
;; 64 KiB and 8 MiB + 320 KiB. Returns the number of commands. Only for measuring: it knows the
;; commands of the generated receipts by their lengths and nothing else.
(module
  (memory (export "mem") 192)
  (func (export "scan") (param $n i32) (result i32)
    (local $i i32) (local $k i32) (local $b i32) (local $j i32) (local $c i32)
    (local $len i32) (local $code i32) (local $or i32) (local $m i32) (local $q i32)
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $b (i32.load8_u (local.get $i)))
        (local.set $len (i32.const 3))
        (local.set $code (local.get $b))
        (if (i32.or (i32.ge_u (local.get $b) (i32.const 0x20)) (i32.eq (local.get $b) (i32.const 9)))
          (then
            (local.set $j (i32.add (local.get $i) (i32.const 1)))
            (local.set $or (local.get $b))
            (block $tend
              (loop $tl
                (br_if $tend (i32.ge_u (local.get $j) (local.get $n)))
                (local.set $c (i32.load8_u (local.get $j)))
                (br_if $tend (i32.and (i32.lt_u (local.get $c) (i32.const 0x20)) (i32.ne (local.get $c) (i32.const 9))))
                (local.set $or (i32.or (local.get $or) (local.get $c)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $tl)))
            (local.set $len (i32.sub (local.get $j) (local.get $i)))
            (local.set $code (select (i32.const 1) (i32.const 2) (i32.lt_u (local.get $or) (i32.const 0x80)))))
          (else
            (if (i32.or (i32.eq (local.get $b) (i32.const 10)) (i32.eq (local.get $b) (i32.const 13)))
              (then (local.set $len (i32.const 1)))
              (else
                (if (i32.eq (local.get $b) (i32.const 0x1b))
                  (then (local.set $len (select (i32.const 2) (i32.const 3)
                          (i32.eq (i32.load8_u offset=1 (local.get $i)) (i32.const 0x40)))))
                  (else
                    (if (i32.eq (local.get $b) (i32.const 0x1c))
                      (then (local.set $len (i32.const 2)))
                      (else
                        (if (i32.eq (local.get $b) (i32.const 0x1d))
                          (then
                            (local.set $c (i32.load8_u offset=1 (local.get $i)))
                            (local.set $m (i32.load8_u offset=2 (local.get $i)))
                            (if (i32.eq (local.get $c) (i32.const 0x28))
                              (then (local.set $len (i32.add (i32.const 5)
                                (i32.add (i32.load8_u offset=3 (local.get $i))
                                  (i32.shl (i32.load8_u offset=4 (local.get $i)) (i32.const 8))))))
                              (else
                                (if (i32.eq (local.get $c) (i32.const 0x6b))
                                  (then
                                    (if (i32.ge_u (local.get $m) (i32.const 65))
                                      (then (local.set $len (i32.add (i32.const 4) (i32.load8_u offset=3 (local.get $i)))))
                                      (else
                                        (local.set $j (i32.add (local.get $i) (i32.const 3)))
                                        (block $nend
                                          (loop $nl
                                            (br_if $nend (i32.ge_u (local.get $j) (local.get $n)))
                                            (br_if $nend (i32.eqz (i32.load8_u (local.get $j))))
                                            (local.set $j (i32.add (local.get $j) (i32.const 1)))
                                            (br $nl)))
                                        (local.set $len (i32.sub (i32.add (local.get $j) (i32.const 1)) (local.get $i))))))
                                  (else
                                    (if (i32.and (i32.eq (local.get $c) (i32.const 0x56)) (i32.ge_u (local.get $m) (i32.const 65)))
                                      (then (local.set $len (i32.const 4))))))))))))))))))
        (local.set $q (i32.and (local.get $k) (i32.const 0xffff)))
        (i32.store8 offset=8388608 (local.get $q) (local.get $code))
        (i32.store offset=8454144 (i32.shl (local.get $q) (i32.const 2)) (local.get $len))
        (f64.store offset=8716288 (i32.shl (local.get $q) (i32.const 3)) (f64.convert_i32_u (local.get $i)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (local.get $len)))
        (br $top)))
    (local.get $k)))
