import Planner
import Testing

@testable import Understanding

/// Mixed initiative: a line fills whatever slots it talks about; a bare answer goes to the question asked.
struct HearingTests {
    let asOf = Day(year: 2026, month: 12, day: 15)!

    func fills(_ line: String, current: Slot? = nil) -> [Slot: SlotValue] {
        Dictionary(Hearing.read(line, current: current, asOf: asOf).fills.map { ($0.slot, $0.value) }, uniquingKeysWith: { $1 })
    }

    func year(_ y: Int) -> SlotValue {
        .period(Period(start: Day(year: y, month: 1, day: 1)!, end: Day(year: y, month: 12, day: 31)!))
    }

    @Test func theSampleConversationsLines() {
        #expect(fills("Hi, I'm Mark Rivera", current: .rep) == [.rep: .text("Mark Rivera")])
        #expect(fills("I'm planning for 2027", current: .period) == [.period: year(2027)])
        #expect(fills("I'm planning for 2027", current: .manager) == [.period: year(2027)])
        #expect(fills("my goal is $1.2M", current: .manager) == [.goal: .money(1_200_000)])
        #expect(fills("average deal size is about 30k") == [.dealSize: .money(30_000)])
        #expect(fills("we close 1 in 4 opportunities") == [.closeRate: .rate(0.25)])
        #expect(fills("about half of my first meetings turn into real opportunities") == [.meetingToOpportunity: .rate(0.5)])
        #expect(fills("the sales cycle is around 8 weeks") == [.salesCycleWeeks: .weeks(8)])
        #expect(fills("I'll take six weeks off") == [.weeksOff: .timeOff(.init(weeks: 6))])
        #expect(fills("I have 10 open opportunities right now") == [.openOpportunities: .count(10)])
        #expect(fills("my name is Priya Nair", current: .rep) == [.rep: .text("Priya Nair")])
        #expect(fills("my quota is 150,000") == [.goal: .money(150_000)])
        #expect(fills("deals average $10,000") == [.dealSize: .money(10_000)])
        #expect(fills("actually, my average deal is $12,500") == [.dealSize: .money(12_500)])
        #expect(fills("I close about 20% of opportunities") == [.closeRate: .rate(0.2)])
        #expect(fills("40 percent of first meetings become opportunities") == [.meetingToOpportunity: .rate(0.4)])
        #expect(fills("one week off for training") == [.weeksOff: .timeOff(.init(weeks: 1))])
        #expect(fills("I want to earn $180k") == [.incomeGoal: .money(180_000)])
        #expect(fills("my base salary is 60000") == [.baseSalary: .money(60_000)])
        #expect(fills("commission is 10%") == [.commissionRate: .rate(0.1)])
        #expect(fills("deals are $8k on average") == [.dealSize: .money(8_000)])
        #expect(fills("we close thirty percent of opportunities") == [.closeRate: .rate(0.3)])
        #expect(fills("60% of first meetings become opportunities") == [.meetingToOpportunity: .rate(0.6)])
        let q2 = SlotValue.period(Period(start: Day(year: 2027, month: 4, day: 1)!, end: Day(year: 2027, month: 6, day: 30)!))
        #expect(fills("this is my first quarter: Q2 2027", current: .period) == [.period: q2])
    }

    @Test func oneLineCanFillSeveralSlots() {
        #expect(
            fills("my quota is 1.2M for 2027 and deals average 30k", current: .rep)
                == [.goal: .money(1_200_000), .period: year(2027), .dealSize: .money(30_000)])
        #expect(
            fills("I'm Dana's rep Mark Rivera, we close 1 in 4 and half of my meetings become opportunities", current: .rep)[.closeRate]
                == .rate(0.25))
        #expect(
            fills("goal is 2 and a half million, average deal 50k", current: .goal)
                == [.goal: .money(2_500_000), .dealSize: .money(50_000)])
    }

    @Test func daysWithHoursAreTimeBlocksNotSellingDays() {
        let tuesThurs: SlotValue = .timeBlocks([TimeBlock(weekday: 2, start: 540, end: 660), TimeBlock(weekday: 4, start: 540, end: 660)])
        #expect(fills("Tuesday and Thursday mornings 9 to 11", current: .timeBlocks) == [.timeBlocks: tuesThurs])
        #expect(fills("Tuesday and Thursday mornings 9 to 11", current: .manager) == [.timeBlocks: tuesThurs])
        #expect(fills("9 to 11 on Tuesday and Thursday", current: nil) == [.timeBlocks: tuesThurs])
        #expect(fills("Monday to Friday", current: .workingDays) == [.workingDays: .days(5)])
    }

    @Test func aBareAmountTooSmallToBeDollarsIsAskedAgain() {
        let heard = Hearing.read("quota is 1.5", Hearing.Context(asOf: asOf, question: .goal))
        #expect(heard.fills.isEmpty)
        #expect(heard.refusals.map(\.why) == [.bareSmallAmount(1.5)])
        #expect(fills("10", current: .closedToDate).isEmpty)
    }

    @Test func aPeriodAlreadyOverIsRefused() {
        let heard = Hearing.read("Q1 2026", Hearing.Context(asOf: Day(year: 2026, month: 12, day: 1) ?? asOf, question: .period))
        #expect(heard.fills.isEmpty)
        #expect(heard.refusals.map(\.why) == [.periodOver(end: Day(year: 2026, month: 3, day: 31) ?? asOf)])
    }

    @Test func aBareAnswerIsReadInTheCurrentQuestion() {
        #expect(fills("25", current: .closeRate) == [.closeRate: .rate(0.25)])
        #expect(fills("2500", current: .dealSize) == [.dealSize: .money(2500)])
        #expect(fills("$25", current: .dealSize) == [.dealSize: .money(25)])
        #expect(fills("Mon, Wed and Fri", current: .workingDays) == [.workingDays: .days(3)])
        #expect(fills("2 weeks vacation and 1 week of training", current: .weeksOff) == [.weeksOff: .timeOff(.init(weeks: 3))])
        #expect(fills("between 800k and 1.2M", current: .goal) == [.goal: .money(1_000_000)])
        #expect(fills("Mark Rivera", current: .rep) == [.rep: .text("Mark Rivera")])
        #expect(fills("Jordan Lee here", current: .rep) == [.rep: .text("Jordan Lee")])
        #expect(fills("hi, it's Ana López", current: .rep) == [.rep: .text("Ana López")])
        #expect(fills("Dana Cole", current: .manager) == [.manager: .text("Dana Cole")])
        #expect(fills("1.2M for 2027", current: .goal) == [.goal: .money(1_200_000), .period: year(2027)])
    }

    @Test func aSlotTalkedAboutButNotReadIsRefusedForThatSlot() {
        let heard = Hearing.read("we close lots", current: .closeRate, asOf: asOf)
        #expect(heard.fills.isEmpty)
        #expect(heard.refusals.map(\.slot) == [.closeRate])
        let other = Hearing.read("we close lots", current: .dealSize, asOf: asOf)
        #expect(other.refusals.map(\.slot) == [.closeRate])
    }

    @Test func channelsTalkedThrough() {
        let calls = Hearing.read("calls: 40 dials per meeting, half of my meetings, 3 minutes each", current: .channels, asOf: asOf)
        #expect(calls.channels == [ChannelDraft(name: "calls", attemptsPerMeeting: 40, share: 0.5, minutesPerAttempt: 3)])
        let events = Hearing.read("networking events: 2 meetings per event, 20% of meetings, 2 hours each", current: .dealSize, asOf: asOf)
        #expect(events.channels == [ChannelDraft(name: "networking events", attemptsPerMeeting: 0.5, share: 0.2, minutesPerAttempt: 120)])
        let emails = Hearing.read("emails: 1 in 80 gets a meeting", current: .channels, asOf: asOf)
        #expect(emails.channels == [ChannelDraft(name: "emails", attemptsPerMeeting: 80)])
        let referrals = Hearing.read("referral asks: 3 asks per meeting, 30% of meetings, 10 minutes each", current: nil, asOf: asOf)
        #expect(referrals.channels == [ChannelDraft(name: "referral asks", attemptsPerMeeting: 3, share: 0.3, minutesPerAttempt: 10)])
        #expect(
            Hearing.read("calls, LinkedIn and referrals", current: .channels, asOf: asOf).channelNames
                == ["calls", "LinkedIn", "referrals"])
        #expect(Hearing.read("goal: 1.2M", current: .channels, asOf: asOf).fills.map(\.slot) == [.goal])
    }

    @Test func aCommandWithASlipOfTheKeysIsStillTheCommandButANameIsAName() {
        for (typed, command) in [("hepl", Command.help), ("sumary", .summary), ("bakc", .back), ("skipp", .skip)] {
            #expect(Hearing.read(typed, current: .period, asOf: asOf).command == command, "\(typed)")
        }
        #expect(fills("Jack", current: .rep) == [.rep: .text("Jack")])
        #expect(Hearing.read("qiut", current: .period, asOf: asOf).command == nil)
    }

    @Test func commandsPlainOrWithASlash() {
        #expect(Hearing.read("why?", current: .period, asOf: asOf).command == .why)
        #expect(Hearing.read("/help", current: .period, asOf: asOf).command == .help)
        #expect(Hearing.read("that's everything", current: .period, asOf: asOf).command == .finish)
        #expect(Hearing.read("That’s all.", current: .period, asOf: asOf).command == .finish)
        #expect(Hearing.read("change deal size", current: .period, asOf: asOf).command == .change(.dealSize, rest: "deal size"))
        #expect(Hearing.read("/change my close rate", current: .period, asOf: asOf).command == .change(.closeRate, rest: "my close rate"))
        #expect(Hearing.read("go back", current: .period, asOf: asOf).command == .back)
        #expect(Hearing.read("quit", current: .period, asOf: asOf).command == .quit)
    }

    @Test func theUsualOneIsAWordNotTheFigureOne() {
        for line in ["no idea, just use the usual one", "whatever the normal one is", "whatever's normal"] {
            let heard = Hearing.read(line, Hearing.Context(asOf: asOf, question: .closeRate))
            #expect(heard.fills.isEmpty && heard.unplaced.isEmpty, "\(line)")
            #expect(heard.dontKnow || heard.command != nil, "\(line)")
        }
        #expect(fills("one in four", current: .closeRate) == [.closeRate: .rate(0.25)])
    }

    @Test func aFigureSaidToBeWrongIsPutAside() {
        let heard = Hearing.read("the close rate isn't 100 lol, I said I don't know", Hearing.Context(asOf: asOf, question: .closeRate))
        #expect(heard.fills.isEmpty && heard.dontKnow)
        #expect(fills("it isn't 25, it's 30%", current: .closeRate) == [.closeRate: .rate(0.3)])
    }

    @Test func daysOnTheRoadAreNoSellingDays() {
        #expect(fills("she's on the road Fridays so 4 days", current: .workingDays) == [.workingDays: .days(4)])
        #expect(fills("I'm away mondays", current: .workingDays) == [.workingDays: .days(4)])
        #expect(fills("tuesday and thursday", current: .workingDays) == [.workingDays: .days(2)])
    }
}
