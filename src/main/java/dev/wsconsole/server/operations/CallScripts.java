package dev.wsconsole.server.operations;

import java.util.List;

/** The conversations the simulator plays: per scenario, its direction and its turns (state, caller, agent). */
final class CallScripts {
  private CallScripts() {}

  /** One exchange: the state the agent is in, what the caller said, what the agent answered. */
  record Line(String state, String caller, String agent, String action) {}

  /** A scenario: its name, the call's direction and its lines in order. */
  record Script(String scenario, String direction, List<Line> lines) {}

  static final List<Script> ALL = List.of(
      new Script("appointment_scheduling", "inbound", List.of(
          new Line("greeting", "Hi, I'd like to book an appointment with Dr. Patel.", "Of course. May I have your"
              + " date of birth to find your record?", null),
          new Line("identify_patient", "March 4th, 1978.", "Thank you, I found your chart. What is the visit for?",
              "lookup_patient"),
          new Line("collect_reason", "A follow-up on my blood pressure.", "Dr. Patel has Tuesday at 10:30 or"
              + " Thursday at 2:15. Which works better?", "search_slots"),
          new Line("offer_slots", "Thursday afternoon, please.", "You're booked for Thursday at 2:15 PM. You'll get"
              + " a text confirmation.", "book_appointment"),
          new Line("confirm", "Great, thanks.", "You're welcome. Anything else I can help with?", null))),
      new Script("prescription_refill", "inbound", List.of(
          new Line("greeting", "I need a refill on my lisinopril.", "I can help with that. Can you confirm your"
              + " full name and date of birth?", null),
          new Line("identify_patient", "Maria Gonzalez, July 12th, 1965.", "Thank you, Maria. Which pharmacy"
              + " should we send it to?", "lookup_patient"),
          new Line("collect_pharmacy", "The Walgreens on Main Street.", "I've sent the refill request to your"
              + " care team; it usually takes one business day.", "request_refill"),
          new Line("confirm", "Okay, thank you.", "You're welcome, have a good day.", null))),
      new Script("lab_results", "inbound", List.of(
          new Line("greeting", "I'm calling about my lab results from last week.", "I can check on that. What is"
              + " your date of birth?", null),
          new Line("identify_patient", "November 2nd, 1990.", "Your results are in and your doctor has reviewed"
              + " them. A nurse will call you to go over them.", "lookup_results"),
          new Line("collect_reason", "Is something wrong? I'm worried.", "I understand. I can't interpret results,"
              + " but I'll mark this as a priority callback.", "flag_callback"),
          new Line("confirm", "Please do, thank you.", "Done. Expect a call within a few hours.", null))),
      new Script("appointment_reminder", "outbound", List.of(
          new Line("greeting", "Hello?", "Hi, this is the clinic calling to remind you of your appointment tomorrow"
              + " at 9 AM with Dr. Chen.", null),
          new Line("confirm_attendance", "Oh, I need to reschedule that.", "No problem. Would next Monday at 9 AM"
              + " work instead?", "search_slots"),
          new Line("reschedule", "Monday works.", "You're all set for Monday at 9 AM. See you then.",
              "reschedule_appointment"))));
}
