import Testing

@Test func answersTargetBuilds() {
  #expect(Bool(true))
}
