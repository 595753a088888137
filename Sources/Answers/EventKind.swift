/// What happened on a timeline date.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A question published in the Journal officiel.
  case questionPublished = "question-published"
  /// The government's answer published in the Journal officiel.
  case answerPublished = "answer-published"
  /// A press release or communiqué issued.
  case pressRelease = "press-release"
  /// An agreement concluded or signed ("accord du 4 juin 2024").
  case agreement
  /// An instrument approving an agreement ("agréé par arrêté le 25 juin 2024").
  case approval
  /// An agreement or measure extended ("extension de la prime").
  case `extension`
  /// Something announced or decided ("a annoncé", "a acté").
  case announcement
  /// Money committed, paid or due from a date ("300 M€ dès juillet 2024").
  case funding
  /// Something planned or expected ("attendue en mai 2025", "prévue à compter de juin 2025").
  case planned
  /// A law, decree, order or other instrument dated by the text.
  case instrument
  /// A named event: a conference, a congress, a mission.
  case event
  /// Something in effect from or since a date ("avec effet au", "depuis l'été 2022").
  case effective
  /// Any other dated statement.
  case dated
}
