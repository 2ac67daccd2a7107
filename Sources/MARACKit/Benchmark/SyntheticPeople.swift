/// A generated stream of referrals of fictional people, some of them the same person again under
/// another spelling, labelled with the truth: for measuring the possible-duplicate warning.
///
/// Names are drawn from forenames and surnames common in England and Wales (weighted so the
/// common ones recur, as Smith and Mohammed do), with double-barrelled and hyphenated
/// surnames, middle names and known aliases (a former surname). About `repeatShare` of
/// referrals are of someone referred before; of those, `variantShare` are written another
/// way: a typing slip, a transliteration (Mohammed, Muhammad), "Surname, Forename", a
/// double-barrelled surname with one part, accents dropped, a known alias, or the date of
/// birth mistyped as well. The same seed gives the same stream.
public struct SyntheticPeople: Sendable {
    /// One generated referral: the name and date of birth as written, and who it really is.
    public struct Referral: Equatable, Sendable {
        public var name: String
        public var dateOfBirth: Day
        public var date: Day
        /// The index of the real person (the truth label).
        public var person: Int
        /// How the name was written, when it is a later referral of the person.
        public var variant: Variant?
    }

    /// How a later referral's name differs from the person's first.
    public enum Variant: String, CaseIterable, Sendable, Codable {
        case sameSpelling = "same spelling"
        case typo
        case transliteration
        case swappedOrder = "swapped order"
        case surnamePart = "double-barrelled part"
        case accents
        case alias
        case typoAndDateOfBirth = "typo and date of birth"
    }

    public var people: Int
    public var seed: UInt64
    /// The share of referrals that are of someone referred before (SafeLives: about 31 %).
    public var repeatShare = 0.3
    /// The share of those written differently from the first referral.
    public var variantShare = 0.7

    public init(people: Int, seed: UInt64 = 1) {
        self.people = people
        self.seed = seed
    }

    /// A person as first referred.
    struct Person {
        var forename: String
        var middle: String?
        var surname: String
        var alias: String?
        var dateOfBirth: Day
    }

    /// The referrals, in the order they are recorded.
    public func referrals() -> [Referral] {
        var random = SyntheticRandom(seed: seed)
        var persons: [Person] = []
        var seen = Set<String>()
        var stream: [Referral] = []
        let start = Day(year: 2022, month: 1, day: 3)!
        var date = start
        // About four years of referrals, whatever the number of people.
        let dayStep = min(1, 1400 / (Double(people) * (1 + repeatShare)))
        while persons.count < people || stream.count < people {
            if !persons.isEmpty && random.chance(repeatShare) {
                let index = random.int(0...(persons.count - 1))
                let person = persons[index]
                let variant: Variant =
                    random.chance(variantShare)
                    ? random.pick(Variant.allCases.filter { $0 != .sameSpelling })
                    : .sameSpelling
                if let (name, born) = Self.write(person, as: variant, &random) {
                    stream.append(
                        Referral(
                            name: name, dateOfBirth: born, date: date, person: index,
                            variant: variant))
                }
            } else if persons.count < people {
                var person = Self.newPerson(&random)
                // Two real people with the same name and date of birth would be one record.
                while !seen.insert(
                    PersonMatch.key(name: Self.fullName(person), dateOfBirth: person.dateOfBirth)
                ).inserted {
                    person = Self.newPerson(&random)
                }
                persons.append(person)
                stream.append(
                    Referral(
                        name: Self.fullName(person), dateOfBirth: person.dateOfBirth, date: date,
                        person: persons.count - 1, variant: nil))
            } else {
                break
            }
            if random.chance(dayStep) { date = Day(ordinal: date.ordinal + 1) }
        }
        return stream
    }

    static func fullName(_ person: Person) -> String {
        [person.forename, person.middle, person.surname].compactMap { $0 }.joined(separator: " ")
    }

    static func newPerson(_ random: inout SyntheticRandom) -> Person {
        let forename = weighted(forenames, &random)
        var surname = weighted(surnames, &random)
        if random.chance(0.06) {
            // Double-barrelled, hyphenated or not.
            var other = weighted(surnames, &random)
            while other == surname { other = weighted(surnames, &random) }
            surname += (random.chance(0.7) ? "-" : " ") + other
        }
        let middle = random.chance(0.25) ? weighted(forenames, &random) : nil
        let alias: String? =
            random.chance(0.15) ? forename + " " + weighted(surnames, &random) : nil
        let born = Day(
            ordinal: Day(year: 1950, month: 1, day: 1)!.ordinal + random.int(0...(53 * 365)))
        return Person(
            forename: forename, middle: middle, surname: surname, alias: alias,
            dateOfBirth: born)
    }

    /// An element of a list ordered commonest first, the first ones much more often.
    static func weighted(_ list: [String], _ random: inout SyntheticRandom) -> String {
        let u = Double(random.next() >> 11) / Double(1 << 53)
        return list[min(list.count - 1, Int(u * u * Double(list.count)))]
    }

    /// The person's name and date of birth written as `variant`, or `nil` when the variant
    /// does not apply to them (no alias, no double-barrelled surname, no letter to change).
    static func write(_ person: Person, as variant: Variant, _ random: inout SyntheticRandom)
        -> (String, Day)?
    {
        let full = fullName(person)
        switch variant {
        case .sameSpelling: return (full, person.dateOfBirth)
        case .typo:
            return (typo(in: full, &random), person.dateOfBirth)
        case .typoAndDateOfBirth:
            return (typo(in: full, &random), mistype(person.dateOfBirth, &random))
        case .transliteration:
            for group in transliterations.shuffled(using: &random) {
                for spelling in group where full.contains(spelling) {
                    let others = group.filter { $0 != spelling }
                    return (
                        full.replacingFirst(spelling, with: random.pick(others)),
                        person.dateOfBirth
                    )
                }
            }
            return nil
        case .swappedOrder:
            return random.chance(0.5)
                ? (person.surname + ", " + person.forename, person.dateOfBirth)
                : (person.surname + " " + person.forename, person.dateOfBirth)
        case .surnamePart:
            let parts = person.surname.split(whereSeparator: { $0 == "-" || $0 == " " })
            guard parts.count > 1 else { return nil }
            return (person.forename + " " + String(random.pick(parts)), person.dateOfBirth)
        case .accents:
            for (plain, accented) in accentable where full.contains(plain) {
                return (full.replacingFirst(plain, with: accented), person.dateOfBirth)
            }
            return (full.uppercased(), person.dateOfBirth)
        case .alias:
            guard let alias = person.alias else { return nil }
            return (alias, person.dateOfBirth)
        }
    }

    /// One typing slip: two adjacent letters swapped, a letter dropped, doubled or replaced.
    static func typo(in name: String, _ random: inout SyntheticRandom) -> String {
        var letters = Array(name)
        let positions = letters.indices.filter { letters[$0].isLetter && $0 > 0 }
        guard let at = positions.isEmpty ? nil : random.pick(positions) else { return name }
        switch random.int(0...3) {
        case 0 where at + 1 < letters.count && letters[at + 1].isLetter:
            letters.swapAt(at, at + 1)
        case 1: letters.remove(at: at)
        case 2: letters.insert(letters[at], at: at)
        default:
            let vowels = Array("aeiou")
            letters[at] =
                vowels.contains(letters[at])
                ? random.pick(vowels.filter { $0 != letters[at] })
                : random.pick(Array("bcdfghklmnprstvwy").filter { $0 != letters[at] })
        }
        return String(letters)
    }

    /// A date of birth mistyped: day and month exchanged, or one digit of the day or year.
    static func mistype(_ day: Day, _ random: inout SyntheticRandom) -> Day {
        switch random.int(0...2) {
        case 0:
            return Day(year: day.year, month: day.day, day: day.month)
                ?? Day(ordinal: day.ordinal + 1)
        case 1: return Day(ordinal: day.ordinal + (random.chance(0.5) ? 1 : -1))
        default:
            return Day(
                year: day.year + (random.chance(0.5) ? 1 : -1), month: day.month,
                day: min(day.day, 28))!
        }
    }

    static let forenames = [
        "Sarah", "Emma", "Laura", "Amy", "Jessica", "Rebecca", "Hannah", "Charlotte", "Sophie",
        "Mary", "Emily", "Lauren", "Rachel", "Gemma", "Nicola", "Michelle", "Lisa", "Kelly",
        "Samantha", "Claire", "Katie", "Jade", "Chloe", "Natalie", "Amanda", "Joanne", "Donna",
        "Stephanie", "Zoe", "Louise", "Fatima", "Aisha", "Amina", "Ayesha", "Maryam", "Zainab",
        "Nusrat", "Shabnam", "Priya", "Anjali", "Sunita", "Harpreet", "Gurpreet", "Agnieszka",
        "Katarzyna", "Anna", "Magdalena", "Joanna", "Olivia", "Grace", "Ella", "Megan", "Bethan",
        "Sian", "Ffion", "Cerys", "Rhiannon", "Siobhan", "Niamh", "Aoife", "Chiamaka", "Ngozi",
        "Adaeze", "Blessing", "Precious", "Abimbola", "Yetunde", "Aaliyah", "Mohammed", "James",
        "David", "Daniel", "Thomas", "Michael", "Jamal", "Ahmed", "Yusuf", "Hussain", "Ali",
        "Oluwaseun", "Tendai", "Elena", "Ioana", "Andreea", "Maria", "Ana", "Leanne", "Kerry",
        "Tracey", "Dawn", "Julie", "Karen", "Susan", "Margaret", "Elizabeth", "Catherine",
        "Victoria", "Jennifer", "Helen", "Paula", "Kirsty", "Shannon", "Toni", "Kayleigh",
        "Danielle", "Sadia", "Rukhsana", "Shazia", "Nadia", "Farah", "Yasmin", "Leila", "Noor",
        "Zara", "Esra", "Elif", "Ayse", "Zeynep", "Lucja", "Zofia", "Ewa", "Simran", "Navdeep",
    ]

    static let surnames = [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
        "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
        "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
        "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
        "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis",
        "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook",
        "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
        "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason",
        "Ali", "Hussain", "Ahmed", "Hunt", "Holmes", "Palmer", "Campbell", "Mills", "Barnes",
        "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
        "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmad", "Mohammed", "Rahman",
        "Akhtar", "Iqbal", "Shah", "Kaur", "Sharma", "Nowak", "Kowalski", "Wisniewska",
        "Wojcik", "Kaminska", "Lewandowska", "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Osei",
        "Boateng", "Yilmaz", "Demir", "Kaya", "Popescu", "Ionescu", "O'Brien", "O'Connor",
        "McDonald", "MacLeod", "Doherty", "Byrne", "Gallagher", "Rees", "Pritchard", "Owen",
        "Jenkins", "Llewellyn", "Vaughan", "Bevan", "Howells", "Da Silva", "Santos", "Ferreira",
        "Nguyen", "Tran", "Chen", "Wang", "Abdi", "Hassan", "Mohamud", "Warsame", "Farah",
    ]

    /// Spellings of one name a referral form may use for the same person.
    static let transliterations = [
        ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"], ["Ahmed", "Ahmad"],
        ["Hussain", "Hussein", "Husain"], ["Yusuf", "Yousef", "Yousuf"],
        ["Fatima", "Fatimah", "Fatma"], ["Aisha", "Ayesha", "Aysha"], ["Maryam", "Mariam"],
        ["Zainab", "Zaynab", "Zeinab"], ["Rahman", "Rehman"], ["Mohamud", "Mohamoud"],
        ["Nadia", "Nadiya"], ["Yasmin", "Yasmine", "Jasmin"], ["Leila", "Layla", "Laila"],
        ["Noor", "Nur"], ["Sian", "Siân"], ["Siobhan", "Shevaun"], ["Niamh", "Neve"],
        ["Katarzyna", "Katarzina"], ["Agnieszka", "Agnieska"], ["Zofia", "Sofia"],
        ["Nowak", "Novak"], ["Kowalski", "Kovalski"], ["Abdi", "Abdy"], ["Chen", "Chan"],
        ["Sarah", "Sara"], ["Katie", "Katy"], ["Zoe", "Zoey"], ["Tracey", "Tracy"],
        ["Kelly", "Kelley"], ["Hannah", "Hanna"], ["Rebecca", "Rebekah"], ["Ioana", "Joana"],
        ["Elena", "Yelena"], ["Farah", "Farrah"], ["Shazia", "Shazea"], ["Clarke", "Clark"],
        ["Davies", "Davis"], ["Thompson", "Thomson"], ["Griffiths", "Griffith"],
    ]

    /// Letters a form with accents may carry: the plain letters and their accented spelling.
    static let accentable = [
        ("Zoe", "Zoë"), ("Lucja", "Łucja"), ("Wojcik", "Wójcik"), ("Wisniewska", "Wiśniewska"),
        ("Ayse", "Ayşe"), ("Sian", "Siân"), ("Siobhan", "Siobhán"), ("Elif", "Elif"),
        ("Ana", "Ána"), ("Ferreira", "Ferreíra"), ("Nguyen", "Nguyễn"), ("Yilmaz", "Yılmaz"),
    ]
}

extension String {
    /// This string with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
