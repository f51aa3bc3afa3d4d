import Testing

@testable import Sunto

@Suite struct DanglingOpeningTests {
    private func depends(_ text: String) -> Bool {
        DanglingOpening.dependsOnPrevious(Tokenizer.words(in: text))
    }

    @Test(arguments: [
        "Ma le opposizioni non ci stanno.",
        "Anche il collegamento con l'aeroporto funzionerà.",
        "Lui ha negato ogni addebito.",
        "Lo ha comunicato giovedì l'Istat.",
        "L'ha confermato il ministro in serata.",
        "Questo accordo cambierà le regole.",
        "Tale accordo entrerà in vigore a gennaio.",
        "In questo modo il Comune risparmierà.",
        "Il loro legale ha annunciato ricorso.",
        "È quanto emerge dal rapporto annuale.",
        "Quest'ultimo ha respinto le accuse.",
        "Nel frattempo i lavori sono ripresi.",
        "Inoltre il piano prevede nuove assunzioni.",
    ])
    func openingsThatLeanOnThePreviousSentenceAreRecognised(_ text: String) {
        #expect(depends(text), "\(text)")
    }

    @Test(arguments: [
        "Il governo ha approvato la manovra.",
        "Questa mattina il consiglio si è riunito.",
        "Quest'anno le iscrizioni sono cresciute.",
        "La maggioranza ha depositato il testo.",
        "Le opposizioni hanno lasciato l'aula.",
        "Secondo l'Istat il Pil è cresciuto.",
        "Mentre il consiglio votava, fuori si protestava.",
    ])
    func selfContainedOpeningsAreNot(_ text: String) {
        #expect(!depends(text), "\(text)")
    }
}
