<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>App</name>
    <message>
      <source>Your practice log could not be opened: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This practice could not be saved in your log: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In session: off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In session: hold all reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>While on, no reminder appears. It switches itself off when the calendar's current appointment ends.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In session: on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your settings, your own patterns and practices, group records and imported sounds are deleted too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are struggling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Privacy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mindful clinic is still running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders carry on from the tray. Choose Quit in its menu to close the app.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <source>Body regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BodyRegion</name>
    <message>
      <source>Left foot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Right foot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left leg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Right leg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pelvis and hips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Belly and lower back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chest and upper back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hands and arms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shoulders, neck and throat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Face and head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whole body</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BodySilhouette</name>
    <message>
      <source>Body map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No region</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BreathSetup</name>
    <message>
      <source>Set up %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%d min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%d minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Include the breath holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pace: slide right for slower, longer breaths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quicker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slower</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow the pacer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At my own pace (press Enter after each breath)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cautions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start the practice (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to all practices (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Takes %s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 breaths, about %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This practice stops after %d breaths.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A quick reset: shorter than the five minutes studied, still worth doing.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckInWidget</name>
    <message>
      <source>How stressed do you feel right now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0 = not at all, 10 = extremely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 out of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not at all stressed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Extremely stressed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Or type a number: 0 to 9, or 1 then 0 for 10.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anything you'd like to note? (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anything you'd like to note? Optional note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip this question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save my answer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinBox</name>
    <message>
      <source>Check-in answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 4 6 7 3 5   or   3:2, 5:4   (p = prefer not to say)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ratings 0 to 10 separated by spaces, or rating:count pairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the check-in answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, {n} preferred not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} gave a number{declined}. Fewer than {min}, so nothing is shown on the screen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} gave a number{declined}. Median {median}: shown on the screen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditSessionDialog</name>
    <message>
      <source>Edit practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress before, 0 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress after, 0 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstRunNote</name>
    <message>
      <source>Before you begin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Short practices to help you pause and manage stress between appointments: breathing, body scans and self-compassion. Every practice lets you choose how to take part, and you can stop at any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Support contacts are always one click away: look for "If you are struggling".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I understand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I understand, continue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GeneralSettings</name>
    <message>
      <source>Follow the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High contrast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduce motion: show a calm progress bar instead of the moving shape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduce motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask how stressed I feel before and after each practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theme</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroundingScreen</name>
    <message>
      <source>Coming back to the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You've stopped, and that's fine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take a moment to come back to the room, in your own time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look around you, and name three things you can see.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notice your feet on the floor, and what is supporting you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Listen for a sound or two: near, then further away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ways to come back to the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm ready to go on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm ready to go on (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need support?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need support? Show support contacts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupFacilitatorPanel</name>
    <message>
      <source>Group session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the group's anonymous totals for export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only if the team agreed; otherwise they are discarded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous (Page Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next (Page Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blank screen (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show on shared screen (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start session (Page Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview of the shared screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The room sees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No screen found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (shared with you: controls appear on mouse move)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Runs {length} (whole breaths or steps)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the totals: {e}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session finished. The group's totals were kept for export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session finished. The group's numbers were discarded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show screen again (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End shared screen (Esc)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupHistogram</name>
    <message>
      <source>Group answers, 0 to 10</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupSetup</name>
    <message>
      <source>Practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screen for the group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look again for screens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>After plugging in a TV or projector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High contrast (black and yellow)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High contrast on the shared screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound for the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up and Down arrows change the volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spoken guidance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spoken guidance for the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{m} min</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuidedSetup</name>
    <message>
      <source>Set up %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%d min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%d minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave out any area you'd rather not focus on today (pain, injury, or any other reason). Its time goes to the other areas, and you can rest attention on a neutral area such as your hands or feet instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave out: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eyes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Posture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Steady place to return to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supportive touch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send kind wishes to: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind wishes for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can pause, skip a step or stop at any time. If it feels worse, stop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before you start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start the practice (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to all practices (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit my version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make my own version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the steps and words of this practice in a copy of your own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feet to head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Head to feet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gaze lowered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sitting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lying down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The breath</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sounds around you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feet on the floor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your hands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something in view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand on heart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One hand on heart, one on belly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand on cheek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A gentle self-hug</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One hand holding the other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No touch: just notice your hands resting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Someone easy to care about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yourself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colleagues or your team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 steps, %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuidedView</name>
    <message>
      <source>Guided practice: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time remaining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guidance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous step (Left arrow)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause or resume (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next step (Right arrow)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop the practice (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speak the guidance aloud</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are struggling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are struggling: support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice: on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice: off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%s left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused · </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before → after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 (ended early)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Last 7 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 3 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logged practices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No practices logged in this period yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the ratings or note of the selected practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the selected practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo the delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All practices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted: %1.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomeView</name>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What can I do in the time I have?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%s min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I have %s minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My breathing patterns…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create or edit your own breathing patterns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Favourites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Body scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-compassion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thinking skills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest and recovery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quick resets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing fits that time yet. Try a longer choice.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InsightsView</name>
    <message>
      <source>Insights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary of all rated sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change by practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rated sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median change (middle half)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower / same / higher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Started at 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By how stressed you were at the start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change by starting level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Started at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week by week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About these numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About these numbers: show or hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shown once they have %1 rated sessions: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No practice logged yet this month. Whenever it suits you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You practised on 1 day this month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You practised on %1 days this month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 practices logged. Once you rate how stressed you feel before and after, the changes will be summarised here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 practices logged, %2 rated before and after.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Of the %1 that did not start at 0: %2 were rated at least 1 point lower afterwards, %3 the same and %4 higher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median change: %1 (middle half of sessions: %2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 started at 0, so could not go lower; they are counted apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;There is no comparison.&lt;/b&gt; These are your own ratings just before and just after each practice. Without a comparison, such as sitting quietly for the same time, they cannot show that a practice works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Regression to the mean.&lt;/b&gt; We tend to reach for a practice when stress is unusually high, and an unusually high rating is usually followed by a lower one anyway. The higher the start, the bigger this effect: that is why the change is also shown by starting level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Expectation.&lt;/b&gt; It is natural to rate the change we hope for, so part of any change may be hope rather than effect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Time and distance.&lt;/b&gt; A few minutes passing, or stepping away from a stressful moment, lowers stress on its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;How we count.&lt;/b&gt; Ratings are personal and not evenly spaced, so we show medians, the middle half of the changes, and how many sessions went down, stayed the same or went up (a change counts from 1 point). A session that started at 0 cannot go lower, so it is counted apart. No percentages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sources: Barnett and colleagues 2005 on regression to the mean [S41]; the SUDS literature on reporting hoped-for progress [S34].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weekly chart: practices per week, and median stress before and after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median stress before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median stress after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress (0-10)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 practices in the last %2 weeks.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LogActions</name>
    <message>
      <source>Export log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save summary as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete all my data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice log summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV spreadsheet (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export practice log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported %1 practices to %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import practice log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice log (*.csv *.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported %1 practices; %2 were already in your log and were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save summary as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved the summary to %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your practice log has been deleted from this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be read: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>…and %1 more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some rows are not valid, so nothing was imported. Fix these and try again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the first practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 practices (%2 completed), %3 minutes in total.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stress (0-10), %1 practices rated before and after: median change %2 (middle half %3 to %4); %5 lower afterwards, %6 the same, %7 higher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 started at 0 and are counted apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These are self-ratings just before and after each practice, with no comparison condition: they describe how I felt, not whether a practice works. Time passing, expectation and regression to the mean also lower ratings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete all my data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete your whole practice log from this computer?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every practice you have logged, with its ratings and notes, will be deleted, together with the backups and any damaged copies kept aside.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This cannot be undone. If you may want it later, export your log first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your practice log is kept only on this computer, in files readable by your user account alone. Nothing is ever sent anywhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export my practice log</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>mindful_clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mindful_clinic main window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mindful clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A pause between appointments</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss message</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OwnSoundsBox</name>
    <message>
      <source>Your own sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your imported sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import bell…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a bell sound from a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import guidance track…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a guidance recording from a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound import message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WAV or OGG files (MP3 where ffmpeg is installed). Loudness is evened out and silence at either end trimmed; the copy is kept in your data folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>guidance track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} · {kind} · {length}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sound could not be saved: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a bell sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a recording</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound files (*.wav *.ogg *.oga *.mp3)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PacerShape</name>
    <message>
      <source>Breathing guide shape</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PacerView</name>
    <message>
      <source>Breathing practice: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time remaining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seconds left in this phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gentle, never forced. If you feel dizzy, stop and breathe normally.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause or resume (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop the practice (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Esc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Just breathe naturally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the pacer and just breathe naturally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are struggling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you are struggling: support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark a breath (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark that you finished a breath</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There's nothing to follow now. Let your breath find its own rhythm, notice your feet on the floor, and take as long as you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm ready to go on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish and go on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A little more in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold gently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe at your own pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%s left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Well done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two breaths in through the nose, one long sigh out. Breaths marked: %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PatternEditorDialog</name>
    <message>
      <source>My breathing patterns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your patterns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duplicate the selected pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the selected pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete “%s”? Your practice log keeps its past sessions.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PatternForm</name>
    <message>
      <source>My pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pattern name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Top-up breath in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not used)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase %d: what to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase %d: seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with this pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please give the pattern a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase %s: each phase can last from 0 to 20 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a breath in that lasts longer than 0 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a breath out that lasts longer than 0 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use one to four phases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One breath: %.1f s, about %.1f breaths a minute.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PracticeCard</name>
    <message>
      <source>Start %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 Lengths: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In your favourites.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove %s from favourites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add %s to favourites</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PracticeEditorDialog</name>
    <message>
      <source>Edit practice: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One-line summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lengths in minutes, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>for example: 3, 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lengths (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On-screen words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spoken words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Body region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timing: a share scales with the length chosen (write it as seconds at the usual length); fixed seconds always last the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save this practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fixed seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timing of step %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seconds or share for step %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Body region of step %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lengths: give minutes separated by commas, for example 3, 5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready to save: %1 steps; lengths %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on-screen words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>spoken words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fixed seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>body region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>timing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step %1, %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lengths: %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PracticeFlow</name>
    <message>
      <source>Before you start</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PracticeSoundsBox</name>
    <message>
      <source>Sounds for this practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same as my usual settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use my usual sound settings for this practice (from Settings, Sound)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soft cue at each in- and out-breath</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bell at the start and end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interval bell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Background sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soft rain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warm drone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every %d minutes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <source>Group practice: shared screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Words for the group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathing guide words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More words for the group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blank screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median {median} · {n} answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presenter controls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End shared screen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuietRestView</name>
    <message>
      <source>Compared with quiet rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practices compared with quiet rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet rest median change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate %1 quiet rests to compare your practices with sitting quietly for the same time (%2 so far).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A practice is compared once it has %1 rated sessions too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes are in points on the 0-10 scale; lower means less stressed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReflectionPrompt</name>
    <message>
      <source>A small win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something learned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debrief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A few words are enough</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private to you. Please leave out anything that could identify a client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip this reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReflectionsPanel</name>
    <message>
      <source>Your reflections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reflection text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A few words are enough</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private to you. Please leave out anything that could identify a client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete reflection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No reflections yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not deleted: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderNotice</name>
    <message>
      <source>breathing practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>body scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>self-compassion practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>thinking-skills practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rest practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>quick reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You have 1 minute before your {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You have {n} minutes before your {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You have 1 minute free, until {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You have {n} minutes free, until {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A moment for a pause.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A {n}-minute {practice}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A short {practice}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You missed a reminder while you were away. Nothing to catch up on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You missed {n} reminders while you were away. Nothing to catch up on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Snooze {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remind me again in {n} minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Snooze {n} minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderPresenter</name>
    <message>
      <source>A moment for you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderSettingsPage</name>
    <message>
      <source>Reminder settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start Mindful Clinic when I log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder settings message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When to remind me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In the gaps between appointments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At set times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every few minutes during working hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>for example 12:30, 16:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule is on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendars (.ics files)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendar files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add calendar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play a sound with reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working hours start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working hours end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shortest gap to offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On Windows and macOS, add the app to your login items (see README).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fri</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At {times}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every {n} minutes in working hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: could not be read: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: read {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: not read yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add calendar files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendars (*.ics);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some calendars could not be read; see the list above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendars are up to date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not change start at login: {problem}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SelfCheckPage</name>
    <message>
      <source>Not answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional and private. </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WHO-5 item %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Burnout, one item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Include the Copenhagen Burnout Inventory (quarterly)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CBI item %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save this self-check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-check result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-check trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WHO-5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Burnout item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A change of %1 points or more in the WHO-5 is worth noticing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please answer all five WHO-5 statements, or none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please answer all 19 CBI questions, or untick it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WHO-5: %1 of 25 (%2 %): %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Burnout item: %1 of 5. </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>steady</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Settings sections</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sound</name>
    <message>
      <source>Sound: off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound: on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mute all sounds (currently %s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>muted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not one of your imported sounds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not a sound file this app can import: choose a WAV or OGG file, or an MP3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not a sound file this app can import: choose a WAV or OGG file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is an MP3, and MP3 files need ffmpeg, which is not installed on this computer. Install ffmpeg, or convert the file to WAV or OGG first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} could not be read as a sound. It may be damaged, or not really a {kind} file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is an OGG file, and reading OGG here needs ffmpeg or a working sound output, neither of which was found. Install ffmpeg, or convert the file to WAV first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} lasts {minutes} minutes; the longest sound this app imports is {longest} minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is silent: there is nothing to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds less than {seconds} s of sound once the silence is trimmed: there is nothing to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No sound output found; practices carry on silently.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound is switched off for this run.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SoundSettingsView</name>
    <message>
      <source>Sound settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your own sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Mute all sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mute all sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound output status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breath cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the breath cue sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the interval bell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Background</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the background sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recordings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a tone at the recordings volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title} volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound preview message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keep quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing plays between these times, not even in a practice; Try still works. The end may be after midnight, as in 22:00 to 07:00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders show a quiet notice; tick to also play a soft bell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also play a soft &amp;bell with reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play a soft bell with reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Practice sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Used by every practice without sound choices of its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rising tone at each in-breath</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In-breath cue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Falling tone at each out-breath</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Out-breath cue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bell at the start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start bell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bell at the end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End bell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interval bell every how many minutes (0 is off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soft rain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warm drone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Background sound during practices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Interval bell every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back&amp;ground sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sounds are muted: untick Mute all sounds to hear this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This volume is at zero: move the slider to the right to hear it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No sound output was found on this computer; practices carry on silently.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StageView</name>
    <message>
      <source>Session timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stages of the session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What comes next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared screen shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: {stage}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First: {stage}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session {total} · this stage {stage} of about {suggested}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not started: press Start session or Page Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(blank)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared screen: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (skipped)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>▶ {stage} (now)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SupportPage</name>
    <message>
      <source>If you are struggling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You don't have to manage this alone. Talking to someone can help, and these services are there for people who care for others, too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About this app</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit contacts for my country and workplace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not set up yet: add your organisation's details in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How to reach %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SupportSettings</name>
    <message>
      <source>Support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These contacts appear on the "If you are struggling" page. Add your occupational health service, your employee assistance programme and any local lines; remove ones that don't apply where you are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How to reach them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore the defaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row %d needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row %d needs a way to reach them (a number or address).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <source>Mindful Clinic menu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mindful Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In session: reminders are off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In session until {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders paused until {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No reminder planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next reminder at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start a quick practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause reminders for 1 hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause reminders until tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mute sounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Mindful Clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mindful Clinic: {status}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VoiceSettingsWidget</name>
    <message>
      <source>Voice settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speak the guidance aloud (captions are always shown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speak the guidance aloud</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speaking speed: left slower, right faster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hear a sample of the voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speech engine status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>System default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speech engine ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is how the guidance will sound. You can stop at any time.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>This sets each practice beside your own quiet rest of the same kind: the fairest comparison this app can offer. It is still not a trial: you chose when to do each, and you knew which was which.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One small way you helped someone today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something a client moved towards, however small</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One thing you'd do differently next time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you're leaving at work tonight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something that went a little better than you expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something you noticed about how you work today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The hardest moment today, in a few words, without judging it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Someone you'd like to thank, even if only in your head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Personal burnout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Work-related burnout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patient-related burnout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These self-checks are for your own reflection. They are not a diagnosis and cannot tell you whether you have burnout or depression; only a conversation with a qualified professional can.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good well-being</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your answers describe a reasonable fortnight overall.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower well-being</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your answers describe a harder fortnight than many people report. It can help to talk it over with someone you trust, and to look again in a couple of weeks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Very low well-being</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your answers describe a fortnight that has been hard going. You don't have to carry that on your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You describe enjoying your work, with no signs of burnout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You describe some stress and less energy, but not burnout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You describe burning out, with at least one sign of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You describe signs of burnout that are not going away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You describe feeling completely burned out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thank you for taking a moment to check in with yourself. Your answers suggest things have been heavy lately, and you don't have to manage that alone. Talking to someone can help: occupational health, your employee assistance programme, your GP or your own clinician, or a confidential support line for health workers. If you ever feel unable to keep yourself safe, the crisis lines are there day and night.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On the high side (50 or more, a common convention rather than a cut-off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Below 50, the level often used to mark high burnout</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
