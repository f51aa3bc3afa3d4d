import Testing

@testable import Sunto

@Suite struct BoilerplateScorerTests {
    @Test(arguments: [
        "Leggi anche: la riforma delle pensioni spiegata in cinque punti",
        "© RIPRODUZIONE RISERVATA",
        "Riproduzione riservata.",
        "Nella foto, il ministro all'uscita da Palazzo Chigi",
        "Il cantiere del nuovo ponte (Foto Ansa)",
        "di Marco Rossi",
        "Dal nostro inviato a Bruxelles",
        "Iscriviti alla newsletter per ricevere le notizie del giorno.",
        "Ultimo aggiornamento: 14 marzo, ore 18.30",
    ])
    func boilerplateIsPenalised(_ text: String) {
        #expect(BoilerplateScorer().scores(for: ArticleFixture.features([text])) == [1], "\(text)")
    }

    @Test(arguments: [
        "Il governo di Giorgia Meloni ha approvato il decreto.",
        "Bruxelles ha inviato una richiesta di informazioni su pubblicità e sicurezza dei prodotti.",
        "Di fronte alla crisi il Comune ha stanziato 2 milioni.",
        "La foto del ministro ha fatto il giro dei social.",
    ])
    func newsIsNotPenalised(_ text: String) {
        #expect(BoilerplateScorer().scores(for: ArticleFixture.features([text])) == [0], "\(text)")
    }
}
