/// A folded word with its `WordKey`, written out so that a scanner compares a token's
/// precomputed `TextToken.key` with a constant (an integer compare) before it compares any
/// text: `token.is(.sur)` is `token.folded == "sur"` without a string compare on a miss.
/// `ScannerWordTests` checks every key against `WordKey.of(text)`.
struct ScannerWord: Sendable {
  let key: UInt64
  let text: String
}

extension TextToken {
  /// Whether the folded word is `word` (`folded == word.text`).
  @inline(__always)
  func `is`(_ word: ScannerWord) -> Bool { key == word.key && folded == word.text }
}

extension TokenView {
  /// Whether the token at `index` folds to `word` (`folded(index) == word.text`); false out of
  /// bounds.
  @inline(__always)
  func has(_ word: ScannerWord, at index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].is(word)
  }

  /// Whether the token at `index` folds to one of `words`; false out of bounds.
  @inline(__always)
  func has(_ first: ScannerWord, _ second: ScannerWord, at index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    return tokens[index].is(first) || tokens[index].is(second)
  }

  /// Whether the token at `index` is a word or a symbol glued to the previous one (`.none`).
  @inline(__always)
  func isGlued(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].gap == .none
  }

  /// Whether the token at `index` is a run of digits; false out of bounds.
  @inline(__always)
  func isNumber(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .number
  }

  /// Whether the token at `index` is a word; false out of bounds.
  @inline(__always)
  func isWord(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .word
  }
}

extension PunctuationSet {
  /// `contains(token)`, tested only on a symbol: a word or a number is never a mark.
  @inline(__always)
  func containsSymbol(_ token: TextToken) -> Bool { token.kind == .symbol && contains(token) }
}

/// The words the scanners compare tokens with (folded forms; "euroSign" is "€").
extension ScannerWord {
  static let sur = ScannerWord(key: 0x8271_8d19_5d0f_a7c5, text: "sur")
  static let la = ScannerWord(key: 0x08ad_3f07_b554_031e, text: "la")
  static let le = ScannerWord(key: 0x08ad_4307_b554_09ea, text: "le")
  static let les = ScannerWord(key: 0x1272_7f19_1dcc_4efb, text: "les")
  static let l = ScannerWord(key: 0xaf63_e14c_8601_f50b, text: "l")
  static let de = ScannerWord(key: 0x0891_5307_b53b_aa62, text: "de")
  static let des = ScannerWord(key: 0xca9a_2718_f461_fae3, text: "des")
  static let d = ScannerWord(key: 0xaf63_d94c_8601_e773, text: "d")
  static let du = ScannerWord(key: 0x0891_4307_b53b_8f32, text: "du")
  static let apostrophe = ScannerWord(key: 0xaf63_9a4c_8601_7c66, text: "'")
  static let et = ScannerWord(key: 0x088e_3e07_b539_50dc, text: "et")
  static let a = ScannerWord(key: 0xaf63_dc4c_8601_ec8c, text: "a")
  static let au = ScannerWord(key: 0x089c_4f07_b545_ab1b, text: "au")
  static let aux = ScannerWord(key: 0xe745_ad19_0562_3939, text: "aux")
  static let en = ScannerWord(key: 0x088e_3807_b539_46aa, text: "en")
  static let entre = ScannerWord(key: 0xbe2a_a1bf_4c0c_d8a7, text: "entre")
  static let dont = ScannerWord(key: 0xdc52_0a67_61fd_880e, text: "dont")
  static let h = ScannerWord(key: 0xaf63_e54c_8601_fbd7, text: "h")
  static let sup = ScannerWord(key: 0x8271_8b19_5d0f_a45f, text: "sup")
  static let lessThan = ScannerWord(key: 0xaf63_b14c_8601_a37b, text: "<")
  static let hyphen = ScannerWord(key: 0xaf63_a04c_8601_8698, text: "-")
  static let slash = ScannerWord(key: 0xaf63_a24c_8601_89fe, text: "/")
  static let dot = ScannerWord(key: 0xaf63_a34c_8601_8bb1, text: ".")
  static let comma = ScannerWord(key: 0xaf63_a14c_8601_884b, text: ",")
  static let percent = ScannerWord(key: 0xaf63_984c_8601_7900, text: "%")
  static let pour = ScannerWord(key: 0x8c36_ef0d_a89b_b627, text: "pour")
  static let cent = ScannerWord(key: 0xd992_0290_fd6b_234f, text: "cent")
  static let pourcent = ScannerWord(key: 0x1915_9f28_3540_6931, text: "pourcent")
  static let point = ScannerWord(key: 0x73fe_ab35_44c3_45b1, text: "point")
  static let points = ScannerWord(key: 0xdd02_ad83_d7cf_88a6, text: "points")
  static let pourcentage = ScannerWord(key: 0x6ab3_9875_c0b3_59d0, text: "pourcentage")
  static let centime = ScannerWord(key: 0xa749_7582_e3f4_a7f8, text: "centime")
  static let centimes = ScannerWord(key: 0x367a_3869_58b8_b131, text: "centimes")
  static let eur = ScannerWord(key: 0xc308_1718_f068_03e7, text: "eur")
  static let euroSign = ScannerWord(key: 0x5646_581b_8855_166b, text: "€")
  static let environ = ScannerWord(key: 0x6c49_4da4_37fd_8cea, text: "environ")
  static let un = ScannerWord(key: 0x08c4_5807_b567_0c7a, text: "un")
  static let une = ScannerWord(key: 0x4cad_b419_3e19_98ad, text: "une")
  static let r = ScannerWord(key: 0xaf63_ef4c_8602_0cd5, text: "r")
  static let article = ScannerWord(key: 0xaaa9_f11a_deb0_7af9, text: "article")
  static let articles = ScannerWord(key: 0xaf3f_3aa8_65e0_387e, text: "articles")
  static let il = ScannerWord(key: 0x08b7_3607_b55c_4858, text: "il")
  static let y = ScannerWord(key: 0xaf63_f44c_8602_1554, text: "y")
  static let an = ScannerWord(key: 0x089c_3807_b545_8406, text: "an")
  static let ans = ScannerWord(key: 0xe6f7_aa19_0520_12cf, text: "ans")
  static let premier = ScannerWord(key: 0x951a_bab0_9af9_6d9f, text: "premier")
  static let sept = ScannerWord(key: 0x2d41_f718_d429_0361, text: "sept")
  static let er = ScannerWord(key: 0x088e_3c07_b539_4d76, text: "er")
  static let e = ScannerWord(key: 0xaf63_d84c_8601_e5c0, text: "e")
  static let trimestre = ScannerWord(key: 0x20ed_985d_0bbd_05a2, text: "trimestre")
  static let semestre = ScannerWord(key: 0x7437_33dd_c5ff_cdc1, text: "semestre")
  static let cet = ScannerWord(key: 0xf5f0_f719_0cf0_c553, text: "cet")
  static let ce = ScannerWord(key: 0x08a2_5307_b54a_1d95, text: "ce")
  static let mission = ScannerWord(key: 0x8a5a_81c8_bd1d_7059, text: "mission")
  static let dite = ScannerWord(key: 0xca39_a967_5785_8d31, text: "dite")
  static let n = ScannerWord(key: 0xaf63_e34c_8601_f871, text: "n")
  static let degree = ScannerWord(key: 0x0ac5_8407_b71b_0d0f, text: "°")
  static let numero = ScannerWord(key: 0xaba6_920d_8c9e_e00d, text: "numero")
  static let annee = ScannerWord(key: 0x7d7e_cbcd_2912_1106, text: "annee")
  static let retroactif = ScannerWord(key: 0x44b8_a3eb_c9c1_3a1e, text: "retroactif")
  static let depuis = ScannerWord(key: 0xf9c1_6583_3373_d519, text: "depuis")
  static let que = ScannerWord(key: 0x7097_3819_52cd_226a, text: "que")
  static let qu = ScannerWord(key: 0x08d2_4f07_b573_3a8b, text: "qu")
  static let qui = ScannerWord(key: 0x7097_2c19_52cd_0e06, text: "qui")
  static let tant = ScannerWord(key: 0xd934_4cef_0784_3444, text: "tant")
  static let afin = ScannerWord(key: 0xdbea_1183_dc80_a621, text: "afin")
  static let faveur = ScannerWord(key: 0x0d37_973a_c89e_060e, text: "faveur")
  static let financeur = ScannerWord(key: 0x1074_d5e6_91ce_2bee, text: "financeur")
  static let financeurs = ScannerWord(key: 0xc4b3_13c9_c154_1bc7, text: "financeurs")
  static let relevant = ScannerWord(key: 0xa656_04e4_0561_d008, text: "relevant")
  static let financement = ScannerWord(key: 0xcb2a_ad08_b8c6_0495, text: "financement")
  static let financements = ScannerWord(key: 0xff88_ebd1_f87a_52d2, text: "financements")
  static let leur = ScannerWord(key: 0x24f1_88ad_a23b_dc6d, text: "leur")
  static let mme = ScannerWord(key: 0x0802_4c19_1762_8d1e, text: "mme")
  static let monsieur = ScannerWord(key: 0x5a7e_6200_6d4f_c49f, text: "monsieur")
  static let madame = ScannerWord(key: 0x3017_e2e3_ea67_8bca, text: "madame")
  static let ministere = ScannerWord(key: 0xab84_13e9_6e22_5f21, text: "ministere")
  static let ministeres = ScannerWord(key: 0x93cd_27a6_2467_f856, text: "ministeres")
  static let par = ScannerWord(key: 0x77ca_6a19_5676_bea8, text: "par")
  static let fonds = ScannerWord(key: 0xc2ea_32af_9ec9_41c9, text: "fonds")
  static let financier = ScannerWord(key: 0xa78d_e1e6_561d_7ee2, text: "financier")
  static let charge = ScannerWord(key: 0x26c6_cf03_380b_b6b1, text: "charge")
  static let revient = ScannerWord(key: 0x083d_9c42_19c6_b656, text: "revient")
  static let incombe = ScannerWord(key: 0x667d_bb04_e3d7_c9b6, text: "incombe")
  static let effort = ScannerWord(key: 0x0083_c43b_3294_8f2f, text: "effort")
  static let soutien = ScannerWord(key: 0x388f_eea7_ff81_7fc2, text: "soutien")
  static let sans = ScannerWord(key: 0x0985_4418_bf9c_17b2, text: "sans")
  static let faute = ScannerWord(key: 0x8e6f_e3c1_bccc_02e4, text: "faute")
  static let ne = ScannerWord(key: 0x08b3_4f07_b558_89fc, text: "ne")
  static let pas = ScannerWord(key: 0x77ca_6b19_5676_c05b, text: "pas")
  static let plus = ScannerWord(key: 0xa5c0_590d_b6f2_68b5, text: "plus")
  static let jamais = ScannerWord(key: 0x95a4_d698_a754_da82, text: "jamais")
  static let prevue = ScannerWord(key: 0x4768_ccb5_c2c4_6bce, text: "prevue")
  static let prevu = ScannerWord(key: 0xc672_9724_5112_b19f, text: "prevu")
  static let elle = ScannerWord(key: 0x7ef8_7c60_5307_9ec7, text: "elle")
  static let s = ScannerWord(key: 0xaf63_ee4c_8602_0b22, text: "s")
  static let face = ScannerWord(key: 0xef23_5979_1696_c97c, text: "face")
  static let mille = ScannerWord(key: 0x93a1_e862_c238_9912, text: "mille")
  static let convention = ScannerWord(key: 0xb440_3b28_7c85_8b72, text: "convention")
  static let segur = ScannerWord(key: 0x6d3c_f730_25ee_1081, text: "segur")
  static let closingParenthesis = ScannerWord(key: 0xaf63_a44c_8601_8d64, text: ")")
  static let all: [ScannerWord] = [
    sur, la, le, les, l, de, des, d, du, apostrophe, et, a, au, aux, en, entre, dont, h, sup,
    lessThan, hyphen, slash, dot, comma, percent, pour, cent, pourcent, point, points,
    pourcentage, centime, centimes, eur, euroSign, environ, un, une, r, article, articles, il, y,
    an, ans, premier, sept, er, e, trimestre, semestre, cet, ce, mission, dite, n, degree, numero,
    annee, retroactif, depuis, que, qu, qui, tant, afin, faveur, financeur, financeurs, relevant,
    financement, financements, leur, mme, monsieur, madame, ministere, ministeres, par, fonds,
    financier, charge, revient, incombe, effort, soutien, sans, faute, ne, pas, plus, jamais,
    prevue, prevu, elle, s, face, mille, convention, segur, closingParenthesis,
  ]
}
