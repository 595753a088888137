/// A folded word with its `WordKey`, written out so that a scanner compares a token's
/// precomputed `TextToken.key` with a constant (an integer compare) before it compares any
/// text: `token.is(.sur)` is `token.folded == "sur"` without a string compare on a miss.
/// The keys are written out (an immediate in each compare, no lazily initialized global on the
/// hot path): `ScannerFastPathTests` checks every key against `WordKey.of(text)`, and
/// `WordKeyTests` against the lexer's key of its text, printing the declaration to paste.
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
  static let sur = ScannerWord(key: 0x8772_4fb1_a128_425f, text: "sur")
  static let la = ScannerWord(key: 0x643d_4f34_7141_3881, text: "la")
  static let le = ScannerWord(key: 0x4224_3531_9b31_8c81, text: "le")
  static let les = ScannerWord(key: 0x0988_1b8f_eb98_106c, text: "les")
  static let l = ScannerWord(key: 0xfd55_7fb2_b787_bf96, text: "l")
  static let de = ScannerWord(key: 0x5068_6765_a0dd_abd9, text: "de")
  static let des = ScannerWord(key: 0x17cc_4dc3_f144_2fc4, text: "des")
  static let d = ScannerWord(key: 0x0b99_b1e6_bd33_deee, text: "d")
  static let du = ScannerWord(key: 0xc803_ff5a_489e_fbd9, text: "du")
  static let apostrophe = ScannerWord(key: 0xfb40_a68d_1088_6819, text: "'")
  static let et = ScannerWord(key: 0xf252_cc21_7ed8_6ac4, text: "et")
  static let a = ScannerWord(key: 0x30f3_44ba_3f54_6aaf, text: "a")
  static let au = ScannerWord(key: 0xb0ee_9eba_cc2a_8f70, text: "au")
  static let aux = ScannerWord(key: 0xefb9_f0bf_700d_0b85, text: "aux")
  static let en = ScannerWord(key: 0x2ddc_db31_182e_9cc4, text: "en")
  static let entre = ScannerWord(key: 0x1c65_5c23_2728_20af, text: "entre")
  static let dont = ScannerWord(key: 0x0141_6988_1ad2_35af, text: "dont")
  static let h = ScannerWord(key: 0x8477_98cc_ba5d_cf42, text: "h")
  static let sup = ScannerWord(key: 0x7ae5_4e46_9952_425f, text: "sup")
  static let lessThan = ScannerWord(key: 0xa7bc_527a_957f_0386, text: "<")
  static let hyphen = ScannerWord(key: 0x296b_67cc_0971_40eb, text: "-")
  static let slash = ScannerWord(key: 0xecfc_7459_0adc_48c1, text: "/")
  static let dot = ScannerWord(key: 0x4ec4_fa9f_8b91_ccac, text: ".")
  static let comma = ScannerWord(key: 0x8b33_ee12_8a26_c4d6, text: ",")
  static let percent = ScannerWord(key: 0x37af_9a00_0f1d_6043, text: "%")
  static let pour = ScannerWord(key: 0x3728_ed5c_fe11_64b3, text: "pour")
  static let cent = ScannerWord(key: 0xec53_3c3d_5905_2fc4, text: "cent")
  static let pourcent = ScannerWord(key: 0xc533_5961_fb3b_5507, text: "pourcent")
  static let point = ScannerWord(key: 0xe008_37d8_b1ca_e89e, text: "point")
  static let points = ScannerWord(key: 0xb08e_191f_3280_6c89, text: "points")
  static let pourcentage = ScannerWord(key: 0xf5ce_9b50_703b_1882, text: "pourcentage")
  static let centime = ScannerWord(key: 0x5019_adb6_d6e4_a403, text: "centime")
  static let centimes = ScannerWord(key: 0x1d51_2770_562f_2018, text: "centimes")
  static let eur = ScannerWord(key: 0xa758_debc_9464_fbd9, text: "eur")
  static let euroSign = ScannerWord(key: 0x4391_89d5_31aa_8e1a, text: "€")
  static let environ = ScannerWord(key: 0xc159_3ad7_4969_2885, text: "environ")
  static let un = ScannerWord(key: 0x4a65_3f99_2386_db74, text: "un")
  static let une = ScannerWord(key: 0x8cf9_2081_99b0_5789, text: "une")
  static let r = ScannerWord(key: 0x72d5_3bf5_cccd_3520, text: "r")
  static let article = ScannerWord(key: 0xb508_6e09_106e_bcd9, text: "article")
  static let articles = ScannerWord(key: 0xfb1d_cea8_8ce3_2942, text: "articles")
  static let il = ScannerWord(key: 0x37c7_4f18_8060_6318, text: "il")
  static let y = ScannerWord(key: 0x3f37_76ee_4500_8a07, text: "y")
  static let an = ScannerWord(key: 0xb4fe_f44b_1b04_ac70, text: "an")
  static let ans = ScannerWord(key: 0xb8d1_ce1c_6a00_2885, text: "ans")
  static let premier = ScannerWord(key: 0x906d_9f03_0b17_7f74, text: "premier")
  static let sept = ScannerWord(key: 0xe334_9c64_4cdb_6e74, text: "sept")
  static let er = ScannerWord(key: 0x835f_5922_e9e0_40c4, text: "er")
  static let e = ScannerWord(key: 0xa9d1_2ba0_3c7e_5b03, text: "e")
  static let trimestre = ScannerWord(key: 0x0be2_5ae4_2304_bcae, text: "trimestre")
  static let semestre = ScannerWord(key: 0xe5c4_9607_789c_5ec8, text: "semestre")
  static let cet = ScannerWord(key: 0xcda7_4f13_d68c_b3af, text: "cet")
  static let ce = ScannerWord(key: 0x75c1_fa39_22fe_379a, text: "ce")
  static let mission = ScannerWord(key: 0x0dc7_b77e_34e7_a02d, text: "mission")
  static let dite = ScannerWord(key: 0x2432_1737_cfbb_b7af, text: "dite")
  static let n = ScannerWord(key: 0xc0e6_8c3f_b8f2_c76c, text: "n")
  static let degree = ScannerWord(key: 0x71f6_b84d_e615_4d8f, text: "°")
  static let numero = ScannerWord(key: 0x2bef_adab_92e4_e457, text: "numero")
  static let annee = ScannerWord(key: 0x2994_98fa_6880_1103, text: "annee")
  static let retroactif = ScannerWord(key: 0xd8a6_167b_ae84_4d74, text: "retroactif")
  static let depuis = ScannerWord(key: 0xe228_fea0_aea3_bb85, text: "depuis")
  static let que = ScannerWord(key: 0x100a_e40b_4dac_4a35, text: "que")
  static let qu = ScannerWord(key: 0xcd77_0322_d782_ce20, text: "qu")
  static let qui = ScannerWord(key: 0xf6f0_e135_3e00_4a35, text: "qui")
  static let tant = ScannerWord(key: 0x8cbd_40ee_bb22_9e5f, text: "tant")
  static let afin = ScannerWord(key: 0x9a13_ac67_afd7_3cee, text: "afin")
  static let faveur = ScannerWord(key: 0x3dd8_e036_2b72_5faf, text: "faveur")
  static let financeur = ScannerWord(key: 0x44c2_2651_67cc_7501, text: "financeur")
  static let financeurs = ScannerWord(key: 0x5967_4d04_8515_d374, text: "financeurs")
  static let relevant = ScannerWord(key: 0x1fb3_744a_73fb_dadd, text: "relevant")
  static let financement = ScannerWord(key: 0x4176_83a2_106a_57b2, text: "financement")
  static let financements = ScannerWord(key: 0xf5e2_6c4d_029a_8fa7, text: "financements")
  static let leur = ScannerWord(key: 0xe058_c8d6_aecb_9457, text: "leur")
  static let mme = ScannerWord(key: 0x2ab2_d066_3e2f_e481, text: "mme")
  static let monsieur = ScannerWord(key: 0xb114_f76e_01b1_a9ee, text: "monsieur")
  static let madame = ScannerWord(key: 0x056e_15bb_32c0_cc18, text: "madame")
  static let ministere = ScannerWord(key: 0xdce1_6acb_9af0_7b2f, text: "ministere")
  static let ministeres = ScannerWord(key: 0x9bf7_42af_d89b_02cd, text: "ministeres")
  static let par = ScannerWord(key: 0x5749_6493_5197_2a20, text: "par")
  static let fonds = ScannerWord(key: 0xbd1c_1209_4cf2_c170, text: "fonds")
  static let financier = ScannerWord(key: 0x8e49_6162_6747_dc74, text: "financier")
  static let charge = ScannerWord(key: 0x3273_8061_b866_16ee, text: "charge")
  static let revient = ScannerWord(key: 0xcf88_b048_da9a_669e, text: "revient")
  static let incombe = ScannerWord(key: 0x87d1_fabb_e92d_f981, text: "incombe")
  static let effort = ScannerWord(key: 0x5cfd_1078_32af_5470, text: "effort")
  static let soutien = ScannerWord(key: 0x5e70_dac1_8011_64b3, text: "soutien")
  static let sans = ScannerWord(key: 0xca71_2f14_a36d_1a74, text: "sans")
  static let faute = ScannerWord(key: 0x1576_dd41_8ea7_eb70, text: "faute")
  static let ne = ScannerWord(key: 0x7e93_28a4_99c6_84ab, text: "ne")
  static let pas = ScannerWord(key: 0xdd8f_e548_d582_2a20, text: "pas")
  static let plus = ScannerWord(key: 0xd73c_7663_099d_25b3, text: "plus")
  static let jamais = ScannerWord(key: 0x98b3_c683_125d_30ab, text: "jamais")
  static let prevue = ScannerWord(key: 0x4a1c_de5d_7161_fb89, text: "prevue")
  static let prevu = ScannerWord(key: 0x626f_cf16_f0ac_779e, text: "prevu")
  static let elle = ScannerWord(key: 0x5e9b_cfa8_4f3d_7a9a, text: "elle")
  static let s = ScannerWord(key: 0x110c_b5af_4c17_b135, text: "s")
  static let face = ScannerWord(key: 0xb3e6_800d_ff24_6785, text: "face")
  static let mille = ScannerWord(key: 0x05fe_7d55_a667_9857, text: "mille")
  static let convention = ScannerWord(key: 0x0124_443d_874e_7f77, text: "convention")
  static let segur = ScannerWord(key: 0x5539_979e_71ea_ea89, text: "segur")
  static let closingParenthesis = ScannerWord(key: 0xb08d_80e6_0c47_5097, text: ")")
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
