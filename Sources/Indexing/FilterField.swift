/// The text fields kept folded per document for filters.
package enum FilterField: Int, Sendable {
  case ministry = 2
  case author = 3
  case group = 4
  case rubric = 5
}
