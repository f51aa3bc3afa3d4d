/// Short news texts in other languages than Italian, written for these tests.
enum ForeignArticles {
    static let english = """
        The city council approved the budget for the next three years late on Tuesday night, after a debate that \
        lasted more than nine hours. The plan sets aside most of the new money for public transport and for the repair \
        of roads and schools, which the mayor said had been neglected for a decade. Opposition members voted against it \
        and said that the figures were not realistic. The budget will now be sent to the regional authority, which has \
        sixty days to review it and to ask for changes if it finds that the spending is not covered by revenue.
        """

    static let french = """
        Le conseil municipal a adopté mardi soir le budget des trois prochaines années, après un débat qui a duré plus \
        de neuf heures. Le plan consacre la plus grande partie des nouveaux crédits aux transports publics et à la \
        rénovation des routes et des écoles, que le maire juge négligées depuis dix ans. Les élus de l'opposition ont \
        voté contre et estiment que les chiffres ne sont pas réalistes. Le budget sera maintenant transmis à la région, \
        qui dispose de soixante jours pour l'examiner et demander des modifications dans cette affaire.
        """

    static let spanish = """
        El ayuntamiento aprobó el martes por la noche el presupuesto para los próximos tres años, tras un debate que \
        duró más de nueve horas. El plan dedica la mayor parte de los nuevos fondos al transporte público y a la \
        reparación de las calles y de las escuelas, que según el alcalde estaban abandonadas desde hace una década. Los \
        concejales de la oposición votaron en contra y dijeron que las cifras no son realistas, pero el gobierno local \
        insiste en que las cuentas son sólidas y que el presupuesto también incluye una reserva para imprevistos.
        """

    static let german = """
        Der Stadtrat hat am Dienstagabend den Haushalt für die nächsten drei Jahre beschlossen, nach einer Debatte, \
        die mehr als neun Stunden dauerte. Der Plan sieht den größten Teil der neuen Mittel für den öffentlichen \
        Verkehr und für die Sanierung von Straßen und Schulen vor, die nach Ansicht des Bürgermeisters seit zehn Jahren \
        vernachlässigt wurden. Die Opposition stimmte dagegen und erklärte, die Zahlen seien nicht realistisch. Der \
        Haushalt wird nun an die Region geschickt, die ihn innerhalb von sechzig Tagen prüfen muss.
        """
}
