extension CodePage {
  /// Marks a byte with no character worth sending: undefined in the table, or a
  /// no-break space or soft hyphen (those are transliterated to plain ASCII instead).
  static let missing: Character = "\u{FFFD}"

  /// The characters of the bytes 0x80 to 0xFF, in order (128 per table, 16 per row).
  static let upperHalves: [CodePage: [Character]] = [
    .cp437: table([
      "ÇüéâäàåçêëèïîìÄÅ",  // 0x80
      "ÉæÆôöòûùÿÖÜ¢£¥₧ƒ",  // 0x90
      "áíóúñÑªº¿⌐¬½¼¡«»",  // 0xA0
      "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐",  // 0xB0
      "└┴┬├─┼╞╟╚╔╩╦╠═╬╧",  // 0xC0
      "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀",  // 0xD0
      "αßΓπΣσµτΦΘΩδ∞φε∩",  // 0xE0
      "≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{FFFD}",  // 0xF0
    ]),
    .cp850: table([
      "ÇüéâäàåçêëèïîìÄÅ",  // 0x80
      "ÉæÆôöòûùÿÖÜø£Ø×ƒ",  // 0x90
      "áíóúñÑªº¿®¬½¼¡«»",  // 0xA0
      "░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐",  // 0xB0
      "└┴┬├─┼ãÃ╚╔╩╦╠═╬¤",  // 0xC0
      "ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀",  // 0xD0
      "ÓßÔÒõÕµþÞÚÛÙýÝ¯´",  // 0xE0
      "\u{FFFD}±‗¾¶§÷¸°¨·¹³²■\u{FFFD}",  // 0xF0
    ]),
    .cp858: table([
      "ÇüéâäàåçêëèïîìÄÅ",  // 0x80
      "ÉæÆôöòûùÿÖÜø£Ø×ƒ",  // 0x90
      "áíóúñÑªº¿®¬½¼¡«»",  // 0xA0
      "░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐",  // 0xB0
      "└┴┬├─┼ãÃ╚╔╩╦╠═╬¤",  // 0xC0
      "ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀",  // 0xD0
      "ÓßÔÒõÕµþÞÚÛÙýÝ¯´",  // 0xE0
      "\u{FFFD}±‗¾¶§÷¸°¨·¹³²■\u{FFFD}",  // 0xF0
    ]),
    .cp1252: table([
      "€\u{FFFD}‚ƒ„…†‡ˆ‰Š‹Œ\u{FFFD}Ž\u{FFFD}",  // 0x80
      "\u{FFFD}‘’“”•–—˜™š›œ\u{FFFD}žŸ",  // 0x90
      "\u{FFFD}¡¢£¤¥¦§¨©ª«¬\u{FFFD}®¯",  // 0xA0
      "°±²³´µ¶·¸¹º»¼½¾¿",  // 0xB0
      "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ",  // 0xC0
      "ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß",  // 0xD0
      "àáâãäåæçèéêëìíîï",  // 0xE0
      "ðñòóôõö÷øùúûüýþÿ",  // 0xF0
    ]),
  ]

  private static func table(_ rows: [String]) -> [Character] { rows.flatMap { Array($0) } }
}
