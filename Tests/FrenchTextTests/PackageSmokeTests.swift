import Testing

@Test func frenchTextTargetBuilds() {
  #expect(Bool(true))
}
