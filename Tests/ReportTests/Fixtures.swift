import Planner
import PromptFiles
import Prompts
import Understanding

/// The shipped words, as the binary loads them.
let words: PromptBook = {
    do {
        return try PromptBook.load(environment: [:])
    } catch {
        fatalError("\(error)")
    }
}()

/// A plan read from answers-file text, the way `salesplan new --answers` reads it.
func plan(_ answers: String, today: String = "2027-01-01") throws -> Plan {
    let inputs = try AnswerSheet.inputs(from: answers, today: Day(iso: today)!).get()
    return try Planner.plan(inputs)
}

let markRiveraAnswers = """
    rep: Mark Rivera
    manager: Dana Cole
    profile: solid
    period: '2027'
    as_of: '2026-12-15'
    goal: $1.2M
    deal_size: 30k
    close_rate: 1 in 4
    meeting_to_opportunity: half
    sales_cycle_weeks: 8 weeks
    weeks_off: six
    open_opportunities: 10
    channels:
    - name: calls
      share: 50%
      attempts_per_meeting: 40
      minutes_per_attempt: 3
    - name: referral asks
      share: 30%
      attempts_per_meeting: 3
      minutes_per_attempt: 10
    - name: networking events
      share: 20%
      attempts_per_meeting: 0.5
      minutes_per_attempt: 120
    """
