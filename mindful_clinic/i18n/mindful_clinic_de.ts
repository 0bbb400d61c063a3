<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>AdminDefaults</name>
    <message>
      <source>Set by your organisation. Some of these settings cannot be changed here; ask your IT team if something needs to change.</source>
      <translation>Von deiner Einrichtung festgelegt. Einige dieser Einstellungen lassen sich hier nicht ändern; frag dein IT-Team, wenn etwas geändert werden soll.</translation>
    </message>
  </context>
  <context>
    <name>AnswerBox</name>
    <message>
      <source>Go on</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Go on with the practice</source>
      <translation>Mit der Übung weitermachen</translation>
    </message>
    <message>
      <source>Your answer, optional and private: %1</source>
      <translation>Deine Antwort, freiwillig und privat: %1</translation>
    </message>
    <message>
      <source>A time later today, like 17:30</source>
      <translation>Eine Uhrzeit später heute, etwa 17:30</translation>
    </message>
    <message>
      <source>One a line</source>
      <translation>Eins pro Zeile</translation>
    </message>
    <message>
      <source>A few words, if you like</source>
      <translation>Ein paar Worte, wenn du magst</translation>
    </message>
    <message>
      <source>Optional and private. Typing pauses the practice; %1 goes on, Esc skips.</source>
      <translation>Freiwillig und privat. Beim Schreiben pausiert die Übung; %1 macht weiter, Esc überspringt.</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Strg+Enter</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Practise</source>
      <translation>Üben</translation>
    </message>
    <message>
      <source>Your organisation's settings file has a problem: %1</source>
      <translation>Mit der Einstellungsdatei deiner Einrichtung stimmt etwas nicht: %1</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Einblicke</translation>
    </message>
    <message>
      <source>Group session</source>
      <translation>Gruppensitzung</translation>
    </message>
    <message>
      <source>Self-checks</source>
      <translation>Selbstchecks</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Support contacts</source>
      <translation>Hilfe und Kontakte</translation>
    </message>
    <message>
      <source>If you are struggling</source>
      <translation>Wenn es dir nicht gut geht</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Klang</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Stimme</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Erinnerungen</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Datenschutz</translation>
    </message>
    <message>
      <source>Mindful Clinic is still running</source>
      <translation>Mindful Clinic läuft weiter</translation>
    </message>
    <message>
      <source>Reminders carry on from the tray. Choose Quit in its menu to close the app.</source>
      <translation>Die Erinnerungen laufen im Infobereich weiter. Wähle dort im Menü „Beenden“, um die App zu schließen.</translation>
    </message>
  </context>
  <context>
    <name>BodyMap</name>
    <message>
      <source>Body regions</source>
      <translation>Körperbereiche</translation>
    </message>
    <message>
      <source>Now: %s</source>
      <translation>Jetzt: %s</translation>
    </message>
    <message>
      <source>%s, done</source>
      <translation>%s, erledigt</translation>
    </message>
    <message>
      <source>%s, now</source>
      <translation>%s, jetzt</translation>
    </message>
  </context>
  <context>
    <name>BodyRegion</name>
    <message>
      <source>Left foot</source>
      <translation>Linker Fuß</translation>
    </message>
    <message>
      <source>Right foot</source>
      <translation>Rechter Fuß</translation>
    </message>
    <message>
      <source>Feet</source>
      <translation>Füße</translation>
    </message>
    <message>
      <source>Left leg</source>
      <translation>Linkes Bein</translation>
    </message>
    <message>
      <source>Right leg</source>
      <translation>Rechtes Bein</translation>
    </message>
    <message>
      <source>Legs</source>
      <translation>Beine</translation>
    </message>
    <message>
      <source>Pelvis and hips</source>
      <translation>Becken und Hüften</translation>
    </message>
    <message>
      <source>Belly and lower back</source>
      <translation>Bauch und unterer Rücken</translation>
    </message>
    <message>
      <source>Chest and upper back</source>
      <translation>Brust und oberer Rücken</translation>
    </message>
    <message>
      <source>Hands and arms</source>
      <translation>Hände und Arme</translation>
    </message>
    <message>
      <source>Shoulders, neck and throat</source>
      <translation>Schultern, Nacken und Hals</translation>
    </message>
    <message>
      <source>Face and head</source>
      <translation>Gesicht und Kopf</translation>
    </message>
    <message>
      <source>Whole body</source>
      <translation>Ganzer Körper</translation>
    </message>
  </context>
  <context>
    <name>BodySilhouette</name>
    <message>
      <source>Body map</source>
      <translation>Körperkarte</translation>
    </message>
    <message>
      <source>Now: %s</source>
      <translation>Jetzt: %s</translation>
    </message>
    <message>
      <source>No region</source>
      <translation>Kein Bereich</translation>
    </message>
  </context>
  <context>
    <name>BreathSetup</name>
    <message>
      <source>Set up %s</source>
      <translation>%s einrichten</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Include the breath holds</source>
      <translation>Mit Atempausen</translation>
    </message>
    <message>
      <source>Pace: slide right for slower, longer breaths</source>
      <translation>Tempo: nach rechts für langsamere, längere Atemzüge</translation>
    </message>
    <message>
      <source>Quicker</source>
      <translation>Schneller</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>Langsamer</translation>
    </message>
    <message>
      <source>Follow the pacer</source>
      <translation>Dem Taktgeber folgen</translation>
    </message>
    <message>
      <source>At my own pace (press Enter after each breath)</source>
      <translation>In meinem eigenen Tempo (nach jedem Atemzug Enter drücken)</translation>
    </message>
    <message>
      <source>Cautions</source>
      <translation>Hinweise zur Sicherheit</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>%d breaths: the usual practice</source>
      <translation>%d Atemzüge: die übliche Übung</translation>
    </message>
    <message>
      <source>%d breaths: if you know this breath well</source>
      <translation>%d Atemzüge: wenn du diese Atmung gut kennst</translation>
    </message>
    <message>
      <source>The %1-second hold starts switched off: long holds can bring on light-headedness while the breath is new. Switch it on once the rhythm feels easy; your choice is kept for next time.</source>
      <translation>Das Halten für %1 Sekunden ist zuerst ausgeschaltet: Lange Pausen können leicht schwindelig machen, solange die Atmung noch neu ist. Schalte es ein, sobald sich der Rhythmus leicht anfühlt; deine Wahl bleibt fürs nächste Mal gespeichert.</translation>
    </message>
    <message>
      <source>Takes %s.</source>
      <translation>Dauert %s.</translation>
    </message>
    <message>
      <source>%1 breaths, about %2.</source>
      <translation>%1 Atemzüge, etwa %2.</translation>
    </message>
    <message>
      <source>This practice stops after %d breaths.</source>
      <translation>Diese Übung endet nach %d Atemzügen.</translation>
    </message>
    <message>
      <source>A quick reset: shorter than the five minutes studied, still worth doing.</source>
      <translation>Eine kurze Pause: kürzer als die untersuchten fünf Minuten, und trotzdem wertvoll.</translation>
    </message>
  </context>
  <context>
    <name>CheckInWidget</name>
    <message>
      <source>How stressed do you feel right now?</source>
      <translation>Wie gestresst fühlst du dich gerade?</translation>
    </message>
    <message>
      <source>Stress check-in</source>
      <translation>Stress-Check-in</translation>
    </message>
    <message>
      <source>0 = not at all, 10 = extremely</source>
      <translation>0 = gar nicht, 10 = äußerst</translation>
    </message>
    <message>
      <source>%1 out of 10</source>
      <translation>%1 von 10</translation>
    </message>
    <message>
      <source>Not at all stressed</source>
      <translation>Gar nicht gestresst</translation>
    </message>
    <message>
      <source>Extremely stressed</source>
      <translation>Äußerst gestresst</translation>
    </message>
    <message>
      <source>Or type a number: 0 to 9, or 1 then 0 for 10.</source>
      <translation>Oder tippe eine Zahl: 0 bis 9, oder erst 1, dann 0 für 10.</translation>
    </message>
    <message>
      <source>Anything you'd like to note? (optional)</source>
      <translation>Möchtest du etwas notieren? (freiwillig)</translation>
    </message>
    <message>
      <source>Anything you'd like to note? Optional note</source>
      <translation>Möchtest du etwas notieren? Freiwillige Notiz</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Skip this question</source>
      <translation>Diese Frage überspringen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Save my answer</source>
      <translation>Meine Antwort speichern</translation>
    </message>
    <message>
      <source>Save my answer: %1 out of 10</source>
      <translation>Meine Antwort speichern: %1 von 10</translation>
    </message>
  </context>
  <context>
    <name>CheckinBox</name>
    <message>
      <source>Check-in answers</source>
      <translation>Check-in-Antworten</translation>
    </message>
    <message>
      <source>e.g. 4 6 7 3 5   or   3:2, 5:4   (p = prefer not to say)</source>
      <translation>z. B. 4 6 7 3 5   oder   3:2, 5:4   (p = keine Angabe)</translation>
    </message>
    <message>
      <source>Ratings 0 to 10 separated by spaces, or rating:count pairs</source>
      <translation>Werte von 0 bis 10, durch Leerzeichen getrennt, oder Paare Wert:Anzahl</translation>
    </message>
    <message>
      <source>Enter answers</source>
      <translation>Antworten eintragen</translation>
    </message>
    <message>
      <source>Enter the check-in answers</source>
      <translation>Die Check-in-Antworten eintragen</translation>
    </message>
    <message>
      <source>Check-in message</source>
      <translation>Check-in-Meldung</translation>
    </message>
    <message>
      <source>, {n} preferred not to say</source>
      <translation>, {n} ohne Angabe</translation>
    </message>
    <message>
      <source>{n} gave a number{declined}. Fewer than {min}, so nothing is shown on the screen.</source>
      <translation>{n} haben eine Zahl genannt{declined}. Weniger als {min}, darum wird nichts auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
      <source>{n} gave a number{declined}. Median {median}: shown on the screen.</source>
      <translation>{n} haben eine Zahl genannt{declined}. Median {median}: wird auf dem Bildschirm gezeigt.</translation>
    </message>
  </context>
  <context>
    <name>ChipGroup</name>
    <message>
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChoiceBox</name>
    <message>
      <source>your eyes</source>
      <translation>deine Augen</translation>
    </message>
    <message>
      <source>your posture</source>
      <translation>deine Haltung</translation>
    </message>
    <message>
      <source>your anchor</source>
      <translation>dein Anker</translation>
    </message>
    <message>
      <source>your kind touch</source>
      <translation>deine freundliche Berührung</translation>
    </message>
    <message>
      <source>Your eyes (open, lowered or closed)</source>
      <translation>Deine Augen (offen, gesenkt oder geschlossen)</translation>
    </message>
    <message>
      <source>Your posture (sitting, lying or standing)</source>
      <translation>Deine Haltung (sitzend, liegend oder stehend)</translation>
    </message>
    <message>
      <source>Your anchor (the breath, sounds, the feet…)</source>
      <translation>Dein Anker (der Atem, Geräusche, die Füße…)</translation>
    </message>
    <message>
      <source>Your kind touch (a hand on the heart…)</source>
      <translation>Deine freundliche Berührung (eine Hand auf dem Herzen…)</translation>
    </message>
  </context>
  <context>
    <name>CloseGuard</name>
    <message>
      <source>Close Mindful Clinic</source>
      <translation>Mindful Clinic schließen</translation>
    </message>
    <message>
      <source>Keep reminders running after the window closes?</source>
      <translation>Sollen die Erinnerungen weiterlaufen, wenn das Fenster geschlossen ist?</translation>
    </message>
    <message>
      <source>There is no system tray here, so closing the window would stop your reminders. You can change this later in Settings → Reminders.</source>
      <translation>Hier gibt es keinen Infobereich, darum würde das Schließen des Fensters deine Erinnerungen beenden. Du kannst das später unter Einstellungen → Erinnerungen ändern.</translation>
    </message>
    <message>
      <source>Keep reminders running</source>
      <translation>Erinnerungen weiterlaufen lassen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Mindful Clinic is still running</source>
      <translation>Mindful Clinic läuft weiter</translation>
    </message>
    <message>
      <source>Your reminders carry on. Open the app to change them, or quit.</source>
      <translation>Deine Erinnerungen laufen weiter. Öffne die App, um sie zu ändern oder sie zu beenden.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
  </context>
  <context>
    <name>ClosingScreen</name>
    <message>
      <source>The end of the practice</source>
      <translation>Das Ende der Übung</translation>
    </message>
    <message>
      <source>Go on when you're ready.</source>
      <translation>Mach weiter, wenn du so weit bist.</translation>
    </message>
    <message>
      <source>Your note: %s</source>
      <translation>Deine Notiz: %s</translation>
    </message>
    <message>
      <source>Add a note</source>
      <translation>Notiz hinzufügen</translation>
    </message>
    <message>
      <source>Add a note to this practice</source>
      <translation>Eine Notiz zu dieser Übung hinzufügen</translation>
    </message>
    <message>
      <source>Anything you'd like to note? (optional)</source>
      <translation>Möchtest du etwas notieren? (freiwillig)</translation>
    </message>
    <message>
      <source>Note for this practice (optional)</source>
      <translation>Notiz zu dieser Übung (freiwillig)</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Done: back to all practices (Enter)</source>
      <translation>Fertig: zurück zu allen Übungen (Enter)</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Noch einmal</translation>
    </message>
    <message>
      <source>Do this practice again</source>
      <translation>Diese Übung noch einmal machen</translation>
    </message>
    <message>
      <source>1 second</source>
      <translation>1 Sekunde</translation>
    </message>
    <message>
      <source>%1 seconds</source>
      <translation>%1 Sekunden</translation>
    </message>
    <message>
      <source>1 minute</source>
      <translation>1 Minute</translation>
    </message>
    <message>
      <source>%1 minutes</source>
      <translation>%1 Minuten</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%2 · %1</translation>
    </message>
    <message>
      <source>stress %1 before</source>
      <translation>Stress vorher %1</translation>
    </message>
    <message>
      <source>stress %1 now</source>
      <translation>Stress jetzt %1</translation>
    </message>
    <message>
      <source>%1. Stress %2 before, %3 after.</source>
      <translation>%1. Stress vorher %2, nachher %3.</translation>
    </message>
    <message>
      <source>%1 of %2. Stress %3 before, %4 after.</source>
      <translation>%2, %1. Stress vorher %3, nachher %4.</translation>
    </message>
  </context>
  <context>
    <name>CustomPatterns</name>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (Kopie)</translation>
    </message>
  </context>
  <context>
    <name>DebriefBox</name>
    <message>
      <source>After a hard appointment</source>
      <translation>Nach einem schweren Termin</translation>
    </message>
    <message>
      <source>Word in the appointment title</source>
      <translation>Wort im Titel des Termins</translation>
    </message>
    <message>
      <source>for example: complex</source>
      <translation>zum Beispiel: komplex</translation>
    </message>
    <message>
      <source>Appointments longer than, in minutes</source>
      <translation>Termine länger als, in Minuten</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>After an appointment you mark, the 90-second debrief is offered in the next free gap in your calendar. Titles are read only on this computer and never saved.</source>
      <translation>Nach einem Termin, den du markierst, wird dir in der nächsten freien Lücke in deinem Kalender die 90-Sekunden-Nachbesprechung angeboten. Die Titel werden nur auf diesem Computer gelesen und nie gespeichert.</translation>
    </message>
    <message>
      <source>A word in the title</source>
      <translation>Ein Wort im Titel</translation>
    </message>
    <message>
      <source>Or every appointment longer than</source>
      <translation>Oder jeder Termin länger als</translation>
    </message>
  </context>
  <context>
    <name>EditSessionDialog</name>
    <message>
      <source>Edit practice</source>
      <translation>Übung bearbeiten</translation>
    </message>
    <message>
      <source>Stress before, 0 to 10</source>
      <translation>Stress vorher, 0 bis 10</translation>
    </message>
    <message>
      <source>Stress after, 0 to 10</source>
      <translation>Stress nachher, 0 bis 10</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Stress before</source>
      <translation>Stress vorher</translation>
    </message>
    <message>
      <source>Stress after</source>
      <translation>Stress nachher</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
  </context>
  <context>
    <name>FirstRunNote</name>
    <message>
      <source>Before you begin</source>
      <translation>Bevor du beginnst</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Willkommen</translation>
    </message>
    <message>
      <source>Short practices to help you pause and manage stress between appointments: breathing, body scans and self-compassion. Every practice lets you choose how to take part, and you can stop at any time.</source>
      <translation>Kurze Übungen, die dir helfen, zwischen Terminen innezuhalten und mit Stress umzugehen: Atmung, Body-Scans und Selbstmitgefühl. Bei jeder Übung entscheidest du, wie du mitmachst, und du kannst jederzeit aufhören.</translation>
    </message>
    <message>
      <source>Crisis lines</source>
      <translation>Krisentelefone</translation>
    </message>
    <message>
      <source>Support contacts are always one click away: look for "If you are struggling".</source>
      <translation>Hilfe ist immer nur einen Klick entfernt: unter „Wenn es dir nicht gut geht“.</translation>
    </message>
    <message>
      <source>Show support contacts</source>
      <translation>Hilfe und Kontakte zeigen</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>Verstanden</translation>
    </message>
    <message>
      <source>I understand, continue</source>
      <translation>Verstanden, weiter</translation>
    </message>
  </context>
  <context>
    <name>FocusScreen</name>
    <message>
      <source>Focus mode</source>
      <translation>Fokusmodus</translation>
    </message>
    <message>
      <source>Focus mode: press Esc to leave</source>
      <translation>Fokusmodus: Mit Esc verlässt du ihn</translation>
    </message>
    <message>
      <source>What to do now</source>
      <translation>Was jetzt zu tun ist</translation>
    </message>
  </context>
  <context>
    <name>GeneralSettings</name>
    <message>
      <source>Follow the system</source>
      <translation>Wie im System</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Hoher Kontrast</translation>
    </message>
    <message>
      <source>Colour theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>Reduce motion</source>
      <translation>Weniger Bewegung</translation>
    </message>
    <message>
      <source>A calm progress bar instead of the moving shape.</source>
      <translation>Ein ruhiger Fortschrittsbalken statt der bewegten Form.</translation>
    </message>
    <message>
      <source>Ask how stressed I feel before and after each practice</source>
      <translation>Vor und nach jeder Übung fragen, wie gestresst ich bin</translation>
    </message>
    <message>
      <source>Stress check-ins</source>
      <translation>Stress-Check-ins</translation>
    </message>
    <message>
      <source>Announce breathing phases to a screen reader</source>
      <translation>Atemphasen dem Screenreader ansagen</translation>
    </message>
    <message>
      <source>Announce breathing phases</source>
      <translation>Atemphasen ansagen</translation>
    </message>
    <message>
      <source>Your screen reader then says Breathe in, Hold or Breathe out as each begins.</source>
      <translation>Dein Screenreader sagt dann Einatmen, Halten oder Ausatmen an, sobald die Phase beginnt.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Wie im System</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Deutsch</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Darstellung</translation>
    </message>
  </context>
  <context>
    <name>GroundingScreen</name>
    <message>
      <source>Coming back to the room</source>
      <translation>Zurück im Raum</translation>
    </message>
    <message>
      <source>You've stopped, and that's fine.</source>
      <translation>Du hast aufgehört, und das ist in Ordnung.</translation>
    </message>
    <message>
      <source>Take a moment to come back to the room, in your own time.</source>
      <translation>Nimm dir einen Moment, um in deinem Tempo wieder im Raum anzukommen.</translation>
    </message>
    <message>
      <source>Look around you, and name three things you can see.</source>
      <translation>Schau dich um und benenne drei Dinge, die du siehst.</translation>
    </message>
    <message>
      <source>Notice your feet on the floor, and what is supporting you.</source>
      <translation>Spüre deine Füße auf dem Boden und das, was dich trägt.</translation>
    </message>
    <message>
      <source>Listen for a sound or two: near, then further away.</source>
      <translation>Lausche auf ein, zwei Geräusche: erst in der Nähe, dann weiter weg.</translation>
    </message>
    <message>
      <source>Ways to come back to the room</source>
      <translation>Wege, wieder im Raum anzukommen</translation>
    </message>
    <message>
      <source>Finish the practice</source>
      <translation>Übung abschließen</translation>
    </message>
    <message>
      <source>Finish the practice (Enter)</source>
      <translation>Übung abschließen (Eingabe)</translation>
    </message>
    <message>
      <source>Need support?</source>
      <translation>Brauchst du Unterstützung?</translation>
    </message>
    <message>
      <source>Need support? Show support contacts</source>
      <translation>Brauchst du Unterstützung? Hilfe und Kontakte zeigen</translation>
    </message>
  </context>
  <context>
    <name>GroupEscapeQuestion</name>
    <message>
      <source>Mindful Clinic</source>
      <translation>Mindful Clinic</translation>
    </message>
    <message>
      <source>End the group session, or only hide the shared screen?</source>
      <translation>Die Gruppensitzung beenden oder nur den gemeinsamen Bildschirm ausblenden?</translation>
    </message>
    <message>
      <source>Hiding keeps the session running; F5 shows the screen again.</source>
      <translation>Beim Ausblenden läuft die Sitzung weiter; mit F5 erscheint der Bildschirm wieder.</translation>
    </message>
    <message>
      <source>End the session</source>
      <translation>Sitzung beenden</translation>
    </message>
    <message>
      <source>Only hide the screen</source>
      <translation>Nur den Bildschirm ausblenden</translation>
    </message>
  </context>
  <context>
    <name>GroupFacilitatorPanel</name>
    <message>
      <source>Group session</source>
      <translation>Gruppensitzung</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Meldungen</translation>
    </message>
    <message>
      <source>Keep the group's anonymous totals for export</source>
      <translation>Die anonymen Gesamtwerte der Gruppe für den Export behalten</translation>
    </message>
    <message>
      <source>Only if the team agreed; otherwise they are discarded</source>
      <translation>Nur wenn das Team zugestimmt hat; sonst werden sie verworfen</translation>
    </message>
    <message>
      <source>Pause (Space)</source>
      <translation>Pause (Leertaste)</translation>
    </message>
    <message>
      <source>Blank screen (B)</source>
      <translation>Bildschirm leeren (B)</translation>
    </message>
    <message>
      <source>Show on shared screen (F5)</source>
      <translation>Auf dem gemeinsamen Bildschirm zeigen (F5)</translation>
    </message>
    <message>
      <source>Previous (Page Up)</source>
      <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
      <source>Next (Page Down)</source>
      <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
      <source>Skip stage</source>
      <translation>Abschnitt überspringen</translation>
    </message>
    <message>
      <source>Repeat stage</source>
      <translation>Abschnitt wiederholen</translation>
    </message>
    <message>
      <source>Finish session</source>
      <translation>Sitzung beenden</translation>
    </message>
    <message>
      <source>Start session (Page Down)</source>
      <translation>Sitzung starten (Bild ab)</translation>
    </message>
    <message>
      <source>Preview of the shared screen</source>
      <translation>Vorschau des gemeinsamen Bildschirms</translation>
    </message>
    <message>
      <source>The room sees</source>
      <translation>Der Raum sieht</translation>
    </message>
    <message>
      <source>No screen found.</source>
      <translation>Kein Bildschirm gefunden.</translation>
    </message>
    <message>
      <source>Runs {length} (whole breaths or steps)</source>
      <translation>Dauert {length} (ganze Atemzüge oder Schritte)</translation>
    </message>
    <message>
      <source>Could not save the totals: {e}</source>
      <translation>Die Gesamtwerte konnten nicht gespeichert werden: {e}</translation>
    </message>
    <message>
      <source>Session finished. The group's totals were kept for export.</source>
      <translation>Sitzung beendet. Die Gesamtwerte der Gruppe wurden für den Export behalten.</translation>
    </message>
    <message>
      <source>Session finished. Nothing was practised or answered, so nothing was kept.</source>
      <translation>Sitzung beendet. Es wurde nichts geübt oder beantwortet, darum wurde nichts behalten.</translation>
    </message>
    <message>
      <source>Session finished. The group's numbers were discarded.</source>
      <translation>Sitzung beendet. Die Zahlen der Gruppe wurden verworfen.</translation>
    </message>
    <message>
      <source>Resume (Space)</source>
      <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
      <source>Show screen again (B)</source>
      <translation>Bildschirm wieder zeigen (B)</translation>
    </message>
    <message>
      <source>End shared screen (Esc)</source>
      <translation>Gemeinsamen Bildschirm beenden (Esc)</translation>
    </message>
  </context>
  <context>
    <name>GroupHistogram</name>
    <message>
      <source>Group answers, 0 to 10</source>
      <translation>Antworten der Gruppe, 0 bis 10</translation>
    </message>
  </context>
  <context>
    <name>GroupSetup</name>
    <message>
      <source>Group session</source>
      <translation>Gruppensitzung</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>Group practice</source>
      <translation>Gruppenübung</translation>
    </message>
    <message>
      <source>Practice length</source>
      <translation>Dauer der Übung</translation>
    </message>
    <message>
      <source>Planned length</source>
      <translation>Geplante Dauer</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Shared screen</source>
      <translation>Gemeinsamer Bildschirm</translation>
    </message>
    <message>
      <source>Screen for the group</source>
      <translation>Bildschirm für die Gruppe</translation>
    </message>
    <message>
      <source>This is your own screen too: the controls appear when you move the mouse.</source>
      <translation>Das ist auch dein eigener Bildschirm: Die Bedienelemente erscheinen, wenn du die Maus bewegst.</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>Erneut suchen</translation>
    </message>
    <message>
      <source>Look again for screens</source>
      <translation>Erneut nach Bildschirmen suchen</translation>
    </message>
    <message>
      <source>After plugging in a TV or projector</source>
      <translation>Nachdem du einen Fernseher oder Beamer angeschlossen hast</translation>
    </message>
    <message>
      <source>High contrast (white and yellow on black)</source>
      <translation>Hoher Kontrast (Weiß und Gelb auf Schwarz)</translation>
    </message>
    <message>
      <source>High contrast on the shared screen</source>
      <translation>Hoher Kontrast auf dem gemeinsamen Bildschirm</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Bildschirm</translation>
    </message>
    <message>
      <source>Sound for the room</source>
      <translation>Klang für den Raum</translation>
    </message>
    <message>
      <source>Group volume</source>
      <translation>Lautstärke für die Gruppe</translation>
    </message>
    <message>
      <source>Up and Down arrows change the volume</source>
      <translation>Mit den Pfeiltasten nach oben und unten änderst du die Lautstärke</translation>
    </message>
    <message>
      <source>Spoken guidance</source>
      <translation>Gesprochene Anleitung</translation>
    </message>
    <message>
      <source>Spoken guidance for the room</source>
      <translation>Gesprochene Anleitung für den Raum</translation>
    </message>
    <message>
      <source>Volume</source>
      <translation>Lautstärke</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} Min.</translation>
    </message>
  </context>
  <context>
    <name>GuidedSetup</name>
    <message>
      <source>Set up %s</source>
      <translation>%s einrichten</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <source>Leave out any area you'd rather not focus on today (pain, injury, or any other reason). Its time goes to the other areas, and you can rest attention on a neutral area such as your hands or feet instead.</source>
      <translation>Lass jeden Bereich aus, dem du dich heute lieber nicht zuwenden möchtest (wegen Schmerzen, einer Verletzung oder aus einem anderen Grund). Seine Zeit geht an die anderen Bereiche, und du kannst deine Aufmerksamkeit stattdessen auf einem neutralen Bereich ruhen lassen, etwa deinen Händen oder Füßen.</translation>
    </message>
    <message>
      <source>Leave out: %s</source>
      <translation>Auslassen: %s</translation>
    </message>
    <message>
      <source>Leave out</source>
      <translation>Auslassen</translation>
    </message>
    <message>
      <source>Eyes</source>
      <translation>Augen</translation>
    </message>
    <message>
      <source>Posture</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <source>Steady place to return to</source>
      <translation>Ein ruhiger Ort zum Zurückkehren</translation>
    </message>
    <message>
      <source>Supportive touch</source>
      <translation>Unterstützende Berührung</translation>
    </message>
    <message>
      <source>Send kind wishes to: %s</source>
      <translation>Gute Wünsche senden an: %s</translation>
    </message>
    <message>
      <source>Kind wishes for</source>
      <translation>Gute Wünsche für</translation>
    </message>
    <message>
      <source>You can pause, skip a step or stop at any time. If it feels worse, stop.</source>
      <translation>Du kannst jederzeit pausieren, einen Schritt überspringen oder aufhören. Wenn es sich schlechter anfühlt, hör auf.</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>Bevor du anfängst</translation>
    </message>
    <message>
      <source>Practice length</source>
      <translation>Dauer der Übung</translation>
    </message>
    <message>
      <source>Problem with the choices</source>
      <translation>Problem mit der Auswahl</translation>
    </message>
    <message>
      <source>Edit my version</source>
      <translation>Meine Fassung bearbeiten</translation>
    </message>
    <message>
      <source>Make my own version</source>
      <translation>Eigene Fassung anlegen</translation>
    </message>
    <message>
      <source>Edit the steps and words of this practice in a copy of your own</source>
      <translation>Schritte und Worte dieser Übung in einer eigenen Kopie bearbeiten</translation>
    </message>
    <message>
      <source>Feet to head</source>
      <translation>Von den Füßen zum Kopf</translation>
    </message>
    <message>
      <source>Head to feet</source>
      <translation>Vom Kopf zu den Füßen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Gaze lowered</source>
      <translation>Blick gesenkt</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Geschlossen</translation>
    </message>
    <message>
      <source>Sitting</source>
      <translation>Sitzend</translation>
    </message>
    <message>
      <source>Lying down</source>
      <translation>Liegend</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Stehend</translation>
    </message>
    <message>
      <source>The breath</source>
      <translation>Der Atem</translation>
    </message>
    <message>
      <source>Sounds around you</source>
      <translation>Geräusche um dich herum</translation>
    </message>
    <message>
      <source>Feet on the floor</source>
      <translation>Füße auf dem Boden</translation>
    </message>
    <message>
      <source>Your hands</source>
      <translation>Deine Hände</translation>
    </message>
    <message>
      <source>Something in view</source>
      <translation>Etwas, das du siehst</translation>
    </message>
    <message>
      <source>Hand on heart</source>
      <translation>Hand aufs Herz</translation>
    </message>
    <message>
      <source>One hand on heart, one on belly</source>
      <translation>Eine Hand auf dem Herzen, eine auf dem Bauch</translation>
    </message>
    <message>
      <source>Hand on cheek</source>
      <translation>Hand an der Wange</translation>
    </message>
    <message>
      <source>A gentle self-hug</source>
      <translation>Eine sanfte Umarmung für dich selbst</translation>
    </message>
    <message>
      <source>One hand holding the other</source>
      <translation>Eine Hand hält die andere</translation>
    </message>
    <message>
      <source>No touch: just notice your hands resting</source>
      <translation>Keine Berührung: nur spüren, wie deine Hände ruhen</translation>
    </message>
    <message>
      <source>Someone easy to care about</source>
      <translation>Jemand, den du leicht ins Herz schließt</translation>
    </message>
    <message>
      <source>Yourself</source>
      <translation>Du selbst</translation>
    </message>
    <message>
      <source>Colleagues or your team</source>
      <translation>Kolleginnen und Kollegen oder dein Team</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>%1 steps, %2</source>
      <translation>%1 Schritte, %2</translation>
    </message>
  </context>
  <context>
    <name>GuidedView</name>
    <message>
      <source>Guided practice: %s</source>
      <translation>Angeleitete Übung: %s</translation>
    </message>
    <message>
      <source>Time remaining</source>
      <translation>Verbleibende Zeit</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Guidance</source>
      <translation>Anleitung</translation>
    </message>
    <message>
      <source>Practice progress</source>
      <translation>Fortschritt der Übung</translation>
    </message>
    <message>
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <source>Previous step (Left arrow)</source>
      <translation>Vorheriger Schritt (Pfeil nach links)</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Pause or resume (Space)</source>
      <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <source>Next step (Right arrow)</source>
      <translation>Nächster Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Stop the practice (Esc)</source>
      <translation>Übung beenden (Esc)</translation>
    </message>
    <message>
      <source>If you are struggling</source>
      <translation>Wenn es dir nicht gut geht</translation>
    </message>
    <message>
      <source>If you are struggling: support contacts</source>
      <translation>Wenn es dir nicht gut geht: Hilfe und Kontakte</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The voice is quiet because sound is muted; captions carry on. Press Voice to hear it anyway.</source>
      <translation>Die Stimme schweigt, weil der Ton stummgeschaltet ist; der Text läuft weiter. Drück auf „Stimme“, um sie trotzdem zu hören.</translation>
    </message>
    <message>
      <source>The voice is quiet during your quiet hours; captions carry on. Press Voice to hear it anyway.</source>
      <translation>In deinen Ruhezeiten schweigt die Stimme; der Text läuft weiter. Drück auf „Stimme“, um sie trotzdem zu hören.</translation>
    </message>
    <message>
      <source>The guidance is spoken and shown. Press Voice to switch the voice off or on at any time (Settings, Voice keeps it off); the captions stay either way.</source>
      <translation>Die Anleitung wird gesprochen und angezeigt. Mit „Stimme“ schaltest du die Stimme jederzeit aus oder ein (unter Einstellungen, Stimme bleibt sie aus); der Text bleibt in jedem Fall.</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <source>%s left</source>
      <translation>noch %s</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Paused · </source>
      <translation>Pausiert · </translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>Schritt %1 von %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>Vorher → nachher</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>%1 of %2 (ended early)</source>
      <translation>%1 von %2 (früher beendet)</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Letzte 30 Tage</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Letzte 3 Monate</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Letzte 12 Monate</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Show practice</source>
      <translation>Übung anzeigen</translation>
    </message>
    <message>
      <source>Show period</source>
      <translation>Zeitraum anzeigen</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>Logged practices</source>
      <translation>Protokollierte Übungen</translation>
    </message>
    <message>
      <source>No practices logged in this period yet.</source>
      <translation>In diesem Zeitraum ist noch keine Übung protokolliert.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Edit the ratings or note of the selected practice</source>
      <translation>Bewertungen oder Notiz der ausgewählten Übung bearbeiten</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete the selected practice</source>
      <translation>Die ausgewählte Übung löschen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Undo the delete</source>
      <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
      <source>All practices</source>
      <translation>Alle Übungen</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>Deleted: %1.</source>
      <translation>Gelöscht: %1.</translation>
    </message>
  </context>
  <context>
    <name>HomeView</name>
    <message>
      <source>Home</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>What can I do in the time I have?</source>
      <translation>Was kann ich in der Zeit tun, die ich habe?</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>%s min</source>
      <translation>%s Min.</translation>
    </message>
    <message>
      <source>Show everything</source>
      <translation>Alles zeigen</translation>
    </message>
    <message numerus="yes">
      <source>I have %n+ minutes</source>
      <translation>
        <numerusform>Ich habe %n+ Minute</numerusform>
        <numerusform>Ich habe %n+ Minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>My breathing patterns…</source>
      <translation>Meine Atemmuster…</translation>
    </message>
    <message>
      <source>Create or edit your own breathing patterns</source>
      <translation>Eigene Atemmuster anlegen oder bearbeiten</translation>
    </message>
    <message numerus="yes">
      <source>I have %n minutes</source>
      <translation>
        <numerusform>Ich habe %n Minute</numerusform>
        <numerusform>Ich habe %n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>Favourites</source>
      <translation>Favoriten</translation>
    </message>
    <message>
      <source>Recent</source>
      <translation>Zuletzt geübt</translation>
    </message>
    <message>
      <source>Nothing fits that time yet. Try a longer choice.</source>
      <translation>Dafür passt noch nichts in die Zeit. Versuch es mit etwas mehr Zeit.</translation>
    </message>
  </context>
  <context>
    <name>InsertChoiceButton</name>
    <message>
      <source>Insert a choice</source>
      <translation>Auswahl einfügen</translation>
    </message>
    <message>
      <source>Choices to insert</source>
      <translation>Auswahlmöglichkeiten zum Einfügen</translation>
    </message>
  </context>
  <context>
    <name>InsightsView</name>
    <message>
      <source>Insights</source>
      <translation>Einblicke</translation>
    </message>
    <message>
      <source>Summary of all rated sessions</source>
      <translation>Zusammenfassung aller bewerteten Übungen</translation>
    </message>
    <message>
      <source>By practice</source>
      <translation>Nach Übung</translation>
    </message>
    <message>
      <source>Change by practice</source>
      <translation>Veränderung nach Übung</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>Rated sessions</source>
      <translation>Bewertete Übungen</translation>
    </message>
    <message>
      <source>Median change (middle half)</source>
      <translation>Median der Veränderung (mittlere Hälfte)</translation>
    </message>
    <message>
      <source>Lower / same / higher</source>
      <translation>Niedriger / gleich / höher</translation>
    </message>
    <message>
      <source>Started at 0</source>
      <translation>Bei 0 begonnen</translation>
    </message>
    <message>
      <source>By how stressed you were at the start</source>
      <translation>Nach deinem Stress zu Beginn</translation>
    </message>
    <message>
      <source>Change by starting level</source>
      <translation>Veränderung nach Ausgangswert</translation>
    </message>
    <message>
      <source>Started at</source>
      <translation>Begonnen bei</translation>
    </message>
    <message>
      <source>Week by week</source>
      <translation>Woche für Woche</translation>
    </message>
    <message>
      <source>About these numbers</source>
      <translation>Zu diesen Zahlen</translation>
    </message>
    <message>
      <source>About these numbers: show or hide</source>
      <translation>Zu diesen Zahlen: zeigen oder verbergen</translation>
    </message>
    <message>
      <source>Shown once they have %1 rated sessions: %2.</source>
      <translation>Wird gezeigt, sobald es %1 bewertete Übungen gibt: %2.</translation>
    </message>
    <message>
      <source>Shown from %1 rated sessions</source>
      <translation>Ab %1 bewerteten Übungen gezeigt</translation>
    </message>
    <message>
      <source>No practice logged yet this month. Whenever it suits you.</source>
      <translation>Diesen Monat ist noch keine Übung protokolliert. Wann immer es dir passt.</translation>
    </message>
    <message>
      <source>You practised on 1 day this month.</source>
      <translation>Du hast diesen Monat an 1 Tag geübt.</translation>
    </message>
    <message>
      <source>You practised on %1 days this month.</source>
      <translation>Du hast diesen Monat an %1 Tagen geübt.</translation>
    </message>
    <message>
      <source>%1 practices logged. Once you rate how stressed you feel before and after, the changes will be summarised here.</source>
      <translation>%1 Übungen protokolliert. Sobald du vorher und nachher angibst, wie gestresst du bist, werden die Veränderungen hier zusammengefasst.</translation>
    </message>
    <message>
      <source>%1 practices logged, %2 rated before and after.</source>
      <translation>%1 Übungen protokolliert, %2 davon vorher und nachher bewertet.</translation>
    </message>
    <message>
      <source>Of the %1 that did not start at 0: %2 were rated at least 1 point lower afterwards, %3 the same and %4 higher.</source>
      <translation>Von den %1, die nicht bei 0 begannen, wurden %2 danach mindestens 1 Punkt niedriger bewertet, %3 gleich und %4 höher.</translation>
    </message>
    <message>
      <source>Median change: %1 (middle half of sessions: %2).</source>
      <translation>Median der Veränderung: %1 (mittlere Hälfte der Übungen: %2).</translation>
    </message>
    <message>
      <source>Median stress before and after in %1 of the last %2 weeks; weeks with no rated session are left empty.</source>
      <translation>Median des Stresses vorher und nachher in %1 der letzten %2 Wochen; Wochen ohne bewertete Übung bleiben leer.</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 bis %2</translation>
    </message>
    <message>
      <source>&lt;b&gt;There is no comparison.&lt;/b&gt; These are your own ratings just before and just after each practice. Without a comparison, such as sitting quietly for the same time, they cannot show that a practice works.</source>
      <translation>&lt;b&gt;Es gibt keinen Vergleich.&lt;/b&gt; Das sind deine eigenen Bewertungen kurz vor und kurz nach jeder Übung. Ohne Vergleich, etwa gleich lange still zu sitzen, können sie nicht zeigen, dass eine Übung wirkt.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Regression to the mean.&lt;/b&gt; We tend to reach for a practice when stress is unusually high, and an unusually high rating is usually followed by a lower one anyway. The higher the start, the bigger this effect: that is why the change is also shown by starting level.</source>
      <translation>&lt;b&gt;Regression zur Mitte.&lt;/b&gt; Wir greifen meist dann zu einer Übung, wenn der Stress ungewöhnlich hoch ist, und auf einen ungewöhnlich hohen Wert folgt ohnehin meist ein niedrigerer. Je höher der Ausgangswert, desto größer dieser Effekt: darum wird die Veränderung auch nach Ausgangswert gezeigt.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Expectation.&lt;/b&gt; It is natural to rate the change we hope for, so part of any change may be hope rather than effect.</source>
      <translation>&lt;b&gt;Erwartung.&lt;/b&gt; Es ist menschlich, die Veränderung anzugeben, die wir uns erhoffen; ein Teil jeder Veränderung kann also Hoffnung statt Wirkung sein.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Time and distance.&lt;/b&gt; A few minutes passing, or stepping away from a stressful moment, lowers stress on its own.</source>
      <translation>&lt;b&gt;Zeit und Abstand.&lt;/b&gt; Schon ein paar vergangene Minuten oder etwas Abstand zu einem belastenden Moment senken den Stress von allein.</translation>
    </message>
    <message>
      <source>&lt;b&gt;How we count.&lt;/b&gt; Ratings are personal and not evenly spaced, so we show medians, the middle half of the changes, and how many sessions went down, stayed the same or went up (a change counts from 1 point). A session that started at 0 cannot go lower, so it is counted apart. No percentages.</source>
      <translation>&lt;b&gt;Wie wir zählen.&lt;/b&gt; Bewertungen sind persönlich und nicht gleichmäßig abgestuft. Darum zeigen wir Mediane, die mittlere Hälfte der Veränderungen und wie viele Übungen gesunken, gleich geblieben oder gestiegen sind (als Veränderung zählt ab 1 Punkt). Eine Übung, die bei 0 begann, kann nicht niedriger werden und wird getrennt gezählt. Keine Prozentangaben.</translation>
    </message>
    <message>
      <source>Practices</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <source>Median stress before</source>
      <translation>Median Stress vorher</translation>
    </message>
    <message>
      <source>Median stress after</source>
      <translation>Median Stress nachher</translation>
    </message>
    <message>
      <source>Stress (0-10)</source>
      <translation>Stress (0–10)</translation>
    </message>
    <message>
      <source>%1 started at 0, so could not go lower; they are counted apart: %2 stayed at 0 and %3 rose.</source>
      <translation>%1 begannen bei 0 und konnten nicht niedriger werden; sie werden getrennt gezählt: %2 blieben bei 0, %3 stiegen.</translation>
    </message>
    <message>
      <source>%1 (%2 rose)</source>
      <translation>%1 (%2 gestiegen)</translation>
    </message>
    <message>
      <source>Sources: Barnett, van der Pols and Dobson, Int J Epidemiol 2005, on regression to the mean; Wolpe 1969 and later work on the SUDS scale, on reporting hoped-for progress.</source>
      <translation>Quellen: Barnett, van der Pols und Dobson, Int J Epidemiol 2005, zur Regression zur Mitte; Wolpe 1969 und spätere Arbeiten zur SUDS-Skala, dazu, dass man erhofften Fortschritt berichtet.</translation>
    </message>
    <message>
      <source>Weekly chart: practices per week</source>
      <translation>Wochendiagramm: Übungen pro Woche</translation>
    </message>
    <message>
      <source>Weekly chart: median stress before and after, in weeks with rated sessions</source>
      <translation>Wochendiagramm: Median des Stresses vorher und nachher, in Wochen mit bewerteten Übungen</translation>
    </message>
    <message>
      <source>%1 practices in the last %2 weeks.</source>
      <translation>%1 Übungen in den letzten %2 Wochen.</translation>
    </message>
  </context>
  <context>
    <name>KeepWords</name>
    <message>
      <source>Your words from this practice</source>
      <translation>Deine Worte aus dieser Übung</translation>
    </message>
    <message>
      <source>Your words</source>
      <translation>Deine Worte</translation>
    </message>
    <message>
      <source>Only you have seen these. They are let go now unless you keep them. Please leave out anything that could identify a client.</source>
      <translation>Nur du hast sie gesehen. Sie werden jetzt losgelassen, außer du behältst sie. Bitte lass alles weg, woran man eine Patientin oder einen Patienten erkennen könnte.</translation>
    </message>
    <message>
      <source>Keep: %1</source>
      <translation>Behalten: %1</translation>
    </message>
    <message>
      <source>Kind of reflection</source>
      <translation>Art der Reflexion</translation>
    </message>
    <message>
      <source>Keep these words as a reflection</source>
      <translation>Diese Worte als Reflexion behalten</translation>
    </message>
    <message>
      <source>Keep the ticked words as a reflection</source>
      <translation>Die angekreuzten Worte als Reflexion behalten</translation>
    </message>
    <message>
      <source>Park it until %1</source>
      <translation>Bis %1 parken</translation>
    </message>
    <message>
      <source>Park the worry until %1; you are reminded once</source>
      <translation>Die Sorge bis %1 parken; du wirst einmal erinnert</translation>
    </message>
    <message>
      <source>Let them go (Esc)</source>
      <translation>Loslassen (Esc)</translation>
    </message>
    <message>
      <source>Let these words go; nothing is kept</source>
      <translation>Diese Worte loslassen; nichts wird behalten</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Art:</translation>
    </message>
    <message>
      <source>Tick the words to keep, or let them go.</source>
      <translation>Kreuze die Worte an, die du behalten möchtest, oder lass sie los.</translation>
    </message>
    <message>
      <source>Kept as a reflection. You'll find it in History.</source>
      <translation>Als Reflexion behalten. Du findest sie im Verlauf.</translation>
    </message>
    <message>
      <source>Tick the worry to park, or let it go.</source>
      <translation>Kreuze die Sorge an, die du parken möchtest, oder lass sie los.</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
  </context>
  <context>
    <name>KeyboardHelp</name>
    <message>
      <source>Everything in Mindful Clinic works from the keyboard. Tab moves between controls, Space or Enter presses the focused button, and these keys do the rest.</source>
      <translation>In Mindful Clinic geht alles mit der Tastatur. Tab wechselt zwischen den Bedienelementen, Leertaste oder Eingabe drückt die ausgewählte Schaltfläche, und diese Tasten erledigen den Rest.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Was sie tun</translation>
    </message>
  </context>
  <context>
    <name>LogActions</name>
    <message>
      <source>Export log…</source>
      <translation>Protokoll exportieren…</translation>
    </message>
    <message>
      <source>Import log…</source>
      <translation>Protokoll importieren…</translation>
    </message>
    <message>
      <source>Save summary as PDF…</source>
      <translation>Zusammenfassung als PDF speichern…</translation>
    </message>
    <message>
      <source>Export reflections and self-checks…</source>
      <translation>Reflexionen und Selbstchecks exportieren…</translation>
    </message>
    <message>
      <source>Delete all my data…</source>
      <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
      <source>That could not be done: %1</source>
      <translation>Das ging leider nicht: %1</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
      <source>Mindful Clinic: practice log summary</source>
      <translation>Mindful Clinic: Zusammenfassung des Übungsprotokolls</translation>
    </message>
    <message>
      <source>CSV spreadsheet (*.csv)</source>
      <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Export practice log</source>
      <translation>Übungsprotokoll exportieren</translation>
    </message>
    <message>
      <source>Import practice log</source>
      <translation>Übungsprotokoll importieren</translation>
    </message>
    <message>
      <source>Practice log (*.csv *.json)</source>
      <translation>Übungsprotokoll (*.csv *.json)</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Nichts wurde importiert</translation>
    </message>
    <message>
      <source>Export reflections and self-checks</source>
      <translation>Reflexionen und Selbstchecks exportieren</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n practices to %1.</source>
      <translation>
        <numerusform>%n Übung nach %1 exportiert.</numerusform>
        <numerusform>%n Übungen nach %1 exportiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save your whole practice log as a CSV or JSON file</source>
      <translation>Dein ganzes Übungsprotokoll als CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
      <source>Add a file's practices, only if every row is valid</source>
      <translation>Die Übungen einer Datei hinzufügen, nur wenn jede Zeile gültig ist</translation>
    </message>
    <message>
      <source>How much you practised, for supervision or CPD</source>
      <translation>Wie viel du geübt hast, für Supervision oder Fortbildungsnachweise</translation>
    </message>
    <message>
      <source>Also your worry notes, in one JSON file</source>
      <translation>Auch deine Sorgennotizen, in einer JSON-Datei</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n practices.</source>
      <translation>
        <numerusform>%n Übung importiert.</numerusform>
        <numerusform>%n Übungen importiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n were already in your log and were skipped.</source>
      <translation>
        <numerusform>%n war schon in deinem Protokoll und wurde übersprungen.</numerusform>
        <numerusform>%n waren schon in deinem Protokoll und wurden übersprungen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n notes to %1.</source>
      <translation>
        <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
        <numerusform>%n Einträge nach %1 exportiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save summary as PDF</source>
      <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved the summary to %1.</source>
      <translation>Die Zusammenfassung wurde unter %1 gespeichert.</translation>
    </message>
    <message>
      <source>Your data has been deleted from this computer, which no longer syncs. Your synced folder and your other computers keep theirs.</source>
      <translation>Deine Daten wurden auf diesem Computer gelöscht, der nun nicht mehr abgleicht. Dein synchronisierter Ordner und deine anderen Computer behalten ihre.</translation>
    </message>
    <message>
      <source>Your data has been deleted everywhere. Your other computers delete their copies the next time they catch up.</source>
      <translation>Deine Daten wurden überall gelöscht. Deine anderen Computer löschen ihre Kopien, sobald sie sich das nächste Mal abgleichen.</translation>
    </message>
    <message>
      <source>Your practice log has been deleted from this computer.</source>
      <translation>Dein Übungsprotokoll wurde von diesem Computer gelöscht.</translation>
    </message>
    <message>
      <source>The file could not be read: %1.</source>
      <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
      <source>…and %1 more.</source>
      <translation>…und %1 weitere.</translation>
    </message>
    <message>
      <source>Some rows are not valid, so nothing was imported. Fix these and try again:</source>
      <translation>Einige Zeilen sind ungültig, darum wurde nichts importiert. Korrigiere sie und versuch es noch einmal:</translation>
    </message>
    <message>
      <source>the first practice</source>
      <translation>die erste Übung</translation>
    </message>
    <message>
      <source>%1 practices (%2 completed), %3 minutes in total.</source>
      <translation>%1 Übungen (%2 abgeschlossen), insgesamt %3 Minuten.</translation>
    </message>
    <message>
      <source>Stress (0-10), %1 practices rated before and after: median change %2 (middle half %3 to %4).</source>
      <translation>Stress (0–10), %1 Übungen vorher und nachher bewertet: Median der Veränderung %2 (mittlere Hälfte %3 bis %4).</translation>
    </message>
    <message>
      <source>Of the %1 that did not start at 0: %2 lower afterwards, %3 the same, %4 higher.</source>
      <translation>Von den %1, die nicht bei 0 begannen: %2 danach niedriger, %3 gleich, %4 höher.</translation>
    </message>
    <message>
      <source>%1 started at 0, so could not go lower; counted apart: %2 stayed at 0 and %3 rose.</source>
      <translation>%1 begannen bei 0 und konnten nicht niedriger werden; getrennt gezählt: %2 blieben bei 0, %3 stiegen.</translation>
    </message>
    <message>
      <source>These are self-ratings just before and after each practice, with no comparison condition: they describe how I felt, not whether a practice works. Time passing, expectation and regression to the mean also lower ratings.</source>
      <translation>Das sind Selbsteinschätzungen kurz vor und nach jeder Übung, ohne Vergleichsbedingung: Sie beschreiben, wie ich mich gefühlt habe, nicht, ob eine Übung wirkt. Auch vergehende Zeit, Erwartung und Regression zur Mitte senken die Werte.</translation>
    </message>
    <message>
      <source>Delete all my data</source>
      <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
      <source>Delete your whole practice log from this computer?</source>
      <translation>Dein gesamtes Übungsprotokoll von diesem Computer löschen?</translation>
    </message>
    <message>
      <source>Every practice you have logged, with its ratings and notes, will be deleted, together with the backups and any damaged copies kept aside.</source>
      <translation>Jede protokollierte Übung wird mit ihren Bewertungen und Notizen gelöscht, zusammen mit den Sicherungskopien und beiseitegelegten beschädigten Kopien.</translation>
    </message>
    <message>
      <source>This cannot be undone. If you may want it later, export your log first.</source>
      <translation>Das lässt sich nicht rückgängig machen. Wenn du es später vielleicht noch brauchst, exportiere dein Protokoll vorher.</translation>
    </message>
    <message>
      <source>Delete everything</source>
      <translation>Alles löschen</translation>
    </message>
    <message>
      <source>Your practice log is kept only on this computer, in files readable by your user account alone. Nothing is ever sent anywhere.</source>
      <translation>Dein Übungsprotokoll liegt nur auf diesem Computer, in Dateien, die nur dein Benutzerkonto lesen kann. Es wird nie etwas irgendwohin gesendet.</translation>
    </message>
    <message>
      <source>Export my practice log</source>
      <translation>Mein Übungsprotokoll exportieren</translation>
    </message>
  </context>
  <context>
    <name>LogProblem</name>
    <message>
      <source>Your practice log cannot be opened: %1 is a file, not the log's folder. Practices still work, but none is saved until that file is moved or renamed; nothing was changed.</source>
      <translation>Dein Übungsprotokoll kann nicht geöffnet werden: %1 ist eine Datei, nicht der Ordner des Protokolls. Üben geht weiter, aber nichts wird gespeichert, bis diese Datei verschoben oder umbenannt ist; nichts wurde verändert.</translation>
    </message>
    <message>
      <source>The practice log for %1 was saved by a newer version of Mindful Clinic, so this version leaves it untouched and cannot add to that month. Updating the app will show it again.</source>
      <translation>Das Übungsprotokoll für %1 wurde von einer neueren Version von Mindful Clinic gespeichert. Diese Version lässt es unverändert und kann in diesem Monat nichts hinzufügen. Nach einem Update der App wird es wieder angezeigt.</translation>
    </message>
    <message>
      <source>The practice log for %1 could not be opened (%2). Its last good copy is shown; that month cannot be changed until the file can be opened again.</source>
      <translation>Das Übungsprotokoll für %1 konnte nicht geöffnet werden (%2). Seine letzte gute Kopie wird angezeigt; dieser Monat kann erst wieder geändert werden, wenn sich die Datei öffnen lässt.</translation>
    </message>
    <message>
      <source>The practice log for %1 could not be opened (%2). It was left as it is.</source>
      <translation>Das Übungsprotokoll für %1 konnte nicht geöffnet werden (%2). Es wurde so gelassen, wie es ist.</translation>
    </message>
    <message>
      <source>One session in the practice log for %1 could not be read and was set aside (%2). The other sessions of that month are shown as usual.</source>
      <translation>Eine Sitzung im Übungsprotokoll für %1 konnte nicht gelesen werden und wurde beiseitegelegt (%2). Die anderen Sitzungen dieses Monats werden wie gewohnt angezeigt.</translation>
    </message>
    <message>
      <source>%3 sessions in the practice log for %1 could not be read and were set aside (%2). The other sessions of that month are shown as usual.</source>
      <translation>%3 Sitzungen im Übungsprotokoll für %1 konnten nicht gelesen werden und wurden beiseitegelegt (%2). Die anderen Sitzungen dieses Monats werden wie gewohnt angezeigt.</translation>
    </message>
    <message>
      <source>The file as it was is kept: %1.</source>
      <translation>Die Datei, wie sie war, ist aufbewahrt: %1.</translation>
    </message>
    <message>
      <source>The file was left as it is.</source>
      <translation>Die Datei wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
      <source>An import that was interrupted could not be finished (%1). Its file was kept as %2; nothing from it was added.</source>
      <translation>Ein unterbrochener Import konnte nicht abgeschlossen werden (%1). Seine Datei wurde als %2 aufbewahrt; nichts daraus wurde hinzugefügt.</translation>
    </message>
    <message>
      <source>An import that was interrupted could not be finished (%1). It was left as is; nothing from it was added.</source>
      <translation>Ein unterbrochener Import konnte nicht abgeschlossen werden (%1). Er wurde so gelassen; nichts daraus wurde hinzugefügt.</translation>
    </message>
    <message>
      <source>An import that was interrupted could not be finished yet: %1 It will be finished the next time the log opens; nothing from it is lost.</source>
      <translation>Ein unterbrochener Import konnte noch nicht abgeschlossen werden: %1 Er wird beim nächsten Öffnen des Protokolls abgeschlossen; nichts daraus geht verloren.</translation>
    </message>
    <message>
      <source>The damaged file was kept, not deleted: %1.</source>
      <translation>Die beschädigte Datei wurde aufbewahrt, nicht gelöscht: %1.</translation>
    </message>
    <message>
      <source>The damaged file was left as it is (the folder cannot be changed).</source>
      <translation>Die beschädigte Datei wurde so gelassen, wie sie ist (der Ordner kann nicht geändert werden).</translation>
    </message>
    <message>
      <source>The last good copy of that month was restored, so your sessions are back; the most recent one saved in that month may be missing.</source>
      <translation>Die letzte gute Kopie dieses Monats wurde wiederhergestellt, deine Sitzungen sind also wieder da; die zuletzt in diesem Monat gespeicherte kann fehlen.</translation>
    </message>
    <message>
      <source>There was no good copy to restore, so that month now starts empty. Other months are not affected.</source>
      <translation>Es gab keine gute Kopie zum Wiederherstellen, deshalb beginnt dieser Monat jetzt leer. Andere Monate sind nicht betroffen.</translation>
    </message>
    <message>
      <source>The practice log for %1 could not be read: %2.</source>
      <translation>Das Übungsprotokoll für %1 konnte nicht gelesen werden: %2.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Mindful Clinic</source>
      <translation>Mindful Clinic</translation>
    </message>
    <message>
      <source>Mindful Clinic main window</source>
      <translation>Mindful Clinic Hauptfenster</translation>
    </message>
    <message>
      <source>A pause between appointments</source>
      <translation>Eine Pause zwischen Terminen</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Dismiss message</source>
      <translation>Meldung schließen</translation>
    </message>
  </context>
  <context>
    <name>MuteButton</name>
    <message>
      <source>Sound: off</source>
      <translation>Klang: aus</translation>
    </message>
    <message>
      <source>Sound: unavailable</source>
      <translation>Klang: nicht verfügbar</translation>
    </message>
    <message>
      <source>Sound: on</source>
      <translation>Klang: an</translation>
    </message>
    <message>
      <source>Press to switch all sounds back on</source>
      <translation>Drücken, um alle Klänge wieder einzuschalten</translation>
    </message>
    <message>
      <source>Press to mute all sounds</source>
      <translation>Drücken, um alle Klänge stummzuschalten</translation>
    </message>
  </context>
  <context>
    <name>OwnSoundsBox</name>
    <message>
      <source>Your own sounds</source>
      <translation>Deine eigenen Klänge</translation>
    </message>
    <message>
      <source>Your imported sounds</source>
      <translation>Deine importierten Klänge</translation>
    </message>
    <message>
      <source>Import bell…</source>
      <translation>Glocke importieren…</translation>
    </message>
    <message>
      <source>Import a bell sound from a file</source>
      <translation>Einen Glockenklang aus einer Datei importieren</translation>
    </message>
    <message>
      <source>Import guidance track…</source>
      <translation>Anleitung importieren…</translation>
    </message>
    <message>
      <source>Import a guidance recording from a file</source>
      <translation>Eine Anleitungsaufnahme aus einer Datei importieren</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove the selected sound</source>
      <translation>Den ausgewählten Klang entfernen</translation>
    </message>
    <message>
      <source>Sound import message</source>
      <translation>Meldung zum Klangimport</translation>
    </message>
    <message>
      <source>WAV or OGG files (MP3 where ffmpeg is installed). Loudness is evened out and silence at either end trimmed; the copy is kept in your data folder.</source>
      <translation>WAV- oder OGG-Dateien (MP3, wenn ffmpeg installiert ist). Die Lautstärke wird angeglichen und Stille am Anfang und Ende entfernt; die Kopie liegt in deinem Datenordner.</translation>
    </message>
    <message>
      <source>Replace sound?</source>
      <translation>Klang ersetzen?</translation>
    </message>
    <message>
      <source>A sound called {label} is already imported. Replace it?</source>
      <translation>Ein Klang namens {label} ist schon importiert. Möchtest du ihn ersetzen?</translation>
    </message>
    <message>
      <source>bell</source>
      <translation>Glocke</translation>
    </message>
    <message>
      <source>guidance track</source>
      <translation>Anleitung</translation>
    </message>
    <message>
      <source>{name} · {kind} · {length}</source>
      <translation>{name} · {kind} · {length}</translation>
    </message>
    <message>
      <source>The sound could not be saved: {why}</source>
      <translation>Der Klang konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
      <source>Preparing {name}…</source>
      <translation>{name} wird vorbereitet…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Sound import progress</source>
      <translation>Fortschritt des Klangimports</translation>
    </message>
    <message>
      <source>Choose a bell sound</source>
      <translation>Einen Glockenklang wählen</translation>
    </message>
    <message>
      <source>Choose a recording</source>
      <translation>Eine Aufnahme wählen</translation>
    </message>
    <message>
      <source>Sound files (*.wav *.ogg *.oga *.mp3)</source>
      <translation>Klangdateien (*.wav *.ogg *.oga *.mp3)</translation>
    </message>
  </context>
  <context>
    <name>PacerShape</name>
    <message>
      <source>Breathing guide shape</source>
      <translation>Form des Atemtaktgebers</translation>
    </message>
  </context>
  <context>
    <name>PacerView</name>
    <message>
      <source>Breathing practice: %s</source>
      <translation>Atemübung: %s</translation>
    </message>
    <message>
      <source>Time remaining</source>
      <translation>Verbleibende Zeit</translation>
    </message>
    <message>
      <source>Phase progress</source>
      <translation>Fortschritt der Phase</translation>
    </message>
    <message>
      <source>What to do now</source>
      <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
      <source>Seconds left in this phase</source>
      <translation>Verbleibende Sekunden dieser Phase</translation>
    </message>
    <message>
      <source>Gentle, never forced. If you feel dizzy, stop and breathe normally.</source>
      <translation>Sanft, nie erzwungen. Wenn dir schwindelig wird, hör auf und atme normal.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Pause or resume (Space)</source>
      <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Leertaste</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Stop the practice (Esc)</source>
      <translation>Übung beenden (Esc)</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <source>Just breathe naturally</source>
      <translation>Einfach natürlich atmen</translation>
    </message>
    <message>
      <source>Leave the pacer and just breathe naturally</source>
      <translation>Den Taktgeber verlassen und einfach natürlich atmen</translation>
    </message>
    <message>
      <source>If you are struggling</source>
      <translation>Wenn es dir nicht gut geht</translation>
    </message>
    <message>
      <source>If you are struggling: support contacts</source>
      <translation>Wenn es dir nicht gut geht: Hilfe und Kontakte</translation>
    </message>
    <message>
      <source>Mark a breath (Enter)</source>
      <translation>Atemzug markieren (Enter)</translation>
    </message>
    <message>
      <source>Mark that you finished a breath</source>
      <translation>Markieren, dass du einen Atemzug beendet hast</translation>
    </message>
    <message>
      <source>There's nothing to follow now. Let your breath find its own rhythm, notice your feet on the floor, and take as long as you like.</source>
      <translation>Jetzt gibt es nichts zu folgen. Lass deinen Atem seinen eigenen Rhythmus finden, spüre deine Füße auf dem Boden und nimm dir so viel Zeit, wie du möchtest.</translation>
    </message>
    <message>
      <source>Finish the practice</source>
      <translation>Übung abschließen</translation>
    </message>
    <message>
      <source>Breathe in</source>
      <translation>Einatmen</translation>
    </message>
    <message>
      <source>A little more in</source>
      <translation>Noch etwas mehr ein</translation>
    </message>
    <message>
      <source>Breathe out</source>
      <translation>Ausatmen</translation>
    </message>
    <message>
      <source>Rest</source>
      <translation>Ruhen</translation>
    </message>
    <message>
      <source>Hold gently</source>
      <translation>Sanft halten</translation>
    </message>
    <message>
      <source>Breathe at your own pace</source>
      <translation>Atme in deinem eigenen Tempo</translation>
    </message>
    <message>
      <source>%s left</source>
      <translation>noch %s</translation>
    </message>
    <message>
      <source>The end of the practice</source>
      <translation>Das Ende der Übung</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Two breaths in through the nose, one long sigh out. Breaths marked: %d</source>
      <translation>Zweimal durch die Nase ein, einmal lang seufzend aus. Markierte Atemzüge: %d</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
  </context>
  <context>
    <name>PatternEditorDialog</name>
    <message>
      <source>My breathing patterns</source>
      <translation>Meine Atemmuster</translation>
    </message>
    <message>
      <source>Your patterns</source>
      <translation>Deine Muster</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplizieren</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>New pattern</source>
      <translation>Neues Muster</translation>
    </message>
    <message>
      <source>Duplicate the selected pattern</source>
      <translation>Das ausgewählte Muster duplizieren</translation>
    </message>
    <message>
      <source>Delete the selected pattern</source>
      <translation>Das ausgewählte Muster löschen</translation>
    </message>
    <message>
      <source>Save the pattern</source>
      <translation>Das Muster speichern</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Undo the delete</source>
      <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
      <source>Delete pattern</source>
      <translation>Muster löschen</translation>
    </message>
    <message>
      <source>Delete “%s”? Your practice log keeps its past sessions.</source>
      <translation>„%s“ löschen? Dein Übungsprotokoll behält die bisherigen Übungen.</translation>
    </message>
    <message>
      <source>“%s” deleted.</source>
      <translation>„%s“ gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>PatternForm</name>
    <message>
      <source>My pattern</source>
      <translation>Mein Muster</translation>
    </message>
    <message>
      <source>Pattern name</source>
      <translation>Name des Musters</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Breathe in</source>
      <translation>Einatmen</translation>
    </message>
    <message>
      <source>Top-up breath in</source>
      <translation>Nachatmen</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Halten</translation>
    </message>
    <message>
      <source>Breathe out</source>
      <translation>Ausatmen</translation>
    </message>
    <message>
      <source>(not used)</source>
      <translation>(nicht genutzt)</translation>
    </message>
    <message>
      <source>Phase %d: what to do</source>
      <translation>Phase %d: was zu tun ist</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>Phase %d: seconds</source>
      <translation>Phase %d: Sekunden</translation>
    </message>
    <message>
      <source>Phase %d</source>
      <translation>Phase %d</translation>
    </message>
    <message>
      <source>Problem with this pattern</source>
      <translation>Problem mit diesem Muster</translation>
    </message>
    <message>
      <source>Please give the pattern a name.</source>
      <translation>Bitte gib dem Muster einen Namen.</translation>
    </message>
    <message>
      <source>Phase %s: each phase needs at least 1 second, so the breath stays gentle. A hold of 0 seconds is fine: it means no hold.</source>
      <translation>Phase %s: Jede Phase braucht mindestens 1 Sekunde, damit der Atem sanft bleibt. Halten mit 0 Sekunden ist in Ordnung: Dann wird nicht gehalten.</translation>
    </message>
    <message>
      <source>Phase %s: each phase can last up to 20 seconds (a hold of 0 means no hold).</source>
      <translation>Phase %s: Jede Phase kann bis zu 20 Sekunden dauern (Halten mit 0 heißt: kein Halten).</translation>
    </message>
    <message>
      <source>This is faster than 20 breaths a minute. Fast breathing can bring on light-headedness, so one whole breath needs at least 3 seconds.</source>
      <translation>Das ist schneller als 20 Atemzüge pro Minute. Schnelles Atmen kann leicht schwindelig machen, darum braucht ein ganzer Atemzug mindestens 3 Sekunden.</translation>
    </message>
    <message>
      <source>Add a breath in that lasts longer than 0 seconds.</source>
      <translation>Füge ein Einatmen hinzu, das länger als 0 Sekunden dauert.</translation>
    </message>
    <message>
      <source>Add a breath out that lasts longer than 0 seconds.</source>
      <translation>Füge ein Ausatmen hinzu, das länger als 0 Sekunden dauert.</translation>
    </message>
    <message>
      <source>Use one to four phases.</source>
      <translation>Verwende eine bis vier Phasen.</translation>
    </message>
    <message>
      <source>One breath: %1 s, about %2 breaths a minute.</source>
      <translation>Ein Atemzug: %1 s, etwa %2 Atemzüge pro Minute.</translation>
    </message>
  </context>
  <context>
    <name>PendingReminder</name>
    <message>
      <source>Open Mindful Clinic</source>
      <translation>Mindful Clinic öffnen</translation>
    </message>
    <message>
      <source>Start now</source>
      <translation>Jetzt starten</translation>
    </message>
    <message>
      <source>Snooze {n} min</source>
      <translation>{n} Min. später</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>No reminder planned for now.</source>
      <translation>Im Moment ist keine Erinnerung geplant.</translation>
    </message>
    <message>
      <source>Next reminder {time}</source>
      <translation>Nächste Erinnerung {time}</translation>
    </message>
    <message>
      <source>You were away; no more reminders are planned for now.</source>
      <translation>Du warst weg; im Moment sind keine weiteren Erinnerungen geplant.</translation>
    </message>
    <message>
      <source>You were away; your next gap is {time}</source>
      <translation>Du warst weg; deine nächste Lücke ist {time}</translation>
    </message>
    <message>
      <source>You were away; your next reminder is {time}</source>
      <translation>Du warst weg; deine nächste Erinnerung ist {time}</translation>
    </message>
    <message>
      <source>A moment for you</source>
      <translation>Ein Moment für dich</translation>
    </message>
    <message>
      <source>Waiting: {text}</source>
      <translation>Wartet: {text}</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Erinnerungen</translation>
    </message>
    <message>
      <source>Snoozed for {n} minutes.</source>
      <translation>In {n} Minuten erinnere ich dich wieder.</translation>
    </message>
    <message>
      <source>Skipped.</source>
      <translation>Übersprungen.</translation>
    </message>
  </context>
  <context>
    <name>PracticeCard</name>
    <message>
      <source>Start %s</source>
      <translation>%s starten</translation>
    </message>
    <message>
      <source>%1 Lengths: %2</source>
      <translation>%1 Dauer: %2</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <source>Set up %s</source>
      <translation>%s einrichten</translation>
    </message>
    <message>
      <source>In your favourites.</source>
      <translation>In deinen Favoriten.</translation>
    </message>
    <message>
      <source>Remove %s from favourites</source>
      <translation>%s aus den Favoriten entfernen</translation>
    </message>
    <message>
      <source>Add %s to favourites</source>
      <translation>%s zu den Favoriten hinzufügen</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>Start now, with no set-up</source>
      <translation>Jetzt starten, ohne Einrichten</translation>
    </message>
  </context>
  <context>
    <name>PracticeEditorDialog</name>
    <message>
      <source>Edit practice: %s</source>
      <translation>Übung bearbeiten: %s</translation>
    </message>
    <message>
      <source>Practice editor</source>
      <translation>Übungseditor</translation>
    </message>
    <message>
      <source>Practice title</source>
      <translation>Titel der Übung</translation>
    </message>
    <message>
      <source>One-line summary</source>
      <translation>Kurzbeschreibung in einer Zeile</translation>
    </message>
    <message>
      <source>Lengths in minutes, separated by commas</source>
      <translation>Dauer in Minuten, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>for example: 3, 5</source>
      <translation>zum Beispiel: 3, 5</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Kurzbeschreibung</translation>
    </message>
    <message>
      <source>Lengths (minutes)</source>
      <translation>Dauer (Minuten)</translation>
    </message>
    <message>
      <source>Check result</source>
      <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
      <source>Save this practice</source>
      <translation>Diese Übung speichern</translation>
    </message>
    <message>
      <source>Lengths: give minutes separated by commas, for example 3, 5.</source>
      <translation>Dauer: Gib Minuten an, durch Kommas getrennt, zum Beispiel 3, 5.</translation>
    </message>
    <message>
      <source>Ready to save: %1 steps; lengths %2.</source>
      <translation>Bereit zum Speichern: %1 Schritte; Dauer %2.</translation>
    </message>
    <message>
      <source>on-screen words</source>
      <translation>Worte auf dem Bildschirm</translation>
    </message>
    <message>
      <source>spoken words</source>
      <translation>gesprochene Worte</translation>
    </message>
    <message>
      <source>title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>share</source>
      <translation>Anteil</translation>
    </message>
    <message>
      <source>fixed seconds</source>
      <translation>feste Sekunden</translation>
    </message>
    <message>
      <source>body region</source>
      <translation>Körperbereich</translation>
    </message>
    <message>
      <source>curly brackets cannot be used in the words; to add a choice, use Insert a choice.</source>
      <translation>geschweifte Klammern sind im Text nicht möglich; um eine Auswahl einzufügen, nutze „Auswahl einfügen“.</translation>
    </message>
    <message>
      <source>timing</source>
      <translation>Zeiteinteilung</translation>
    </message>
    <message>
      <source>Step %1, %2: %3</source>
      <translation>Schritt %1, %2: %3</translation>
    </message>
    <message>
      <source>Lengths: %s</source>
      <translation>Dauer: %s</translation>
    </message>
  </context>
  <context>
    <name>PracticeFlow</name>
    <message>
      <source>Mindful Clinic: before you start</source>
      <translation>Mindful Clinic: bevor du beginnst</translation>
    </message>
  </context>
  <context>
    <name>PracticeLog</name>
    <message>
      <source>Your practice log could not be opened: %s</source>
      <translation>Dein Übungsprotokoll konnte nicht geöffnet werden: %s</translation>
    </message>
    <message>
      <source>This practice could not be saved in your log: %s</source>
      <translation>Diese Übung konnte nicht in deinem Protokoll gespeichert werden: %s</translation>
    </message>
  </context>
  <context>
    <name>PracticeSoundsBox</name>
    <message>
      <source>Sounds for this practice</source>
      <translation>Klänge für diese Übung</translation>
    </message>
    <message>
      <source>Same as my usual settings</source>
      <translation>Wie meine üblichen Einstellungen</translation>
    </message>
    <message>
      <source>Use my usual sound settings for this practice (from Settings, Sound)</source>
      <translation>Für diese Übung meine üblichen Klangeinstellungen verwenden (aus Einstellungen, Klang)</translation>
    </message>
    <message>
      <source>Soft cue at each in- and out-breath</source>
      <translation>Leiser Ton bei jedem Ein- und Ausatmen</translation>
    </message>
    <message>
      <source>Bell at the start and end</source>
      <translation>Glocke zu Beginn und am Ende</translation>
    </message>
    <message>
      <source>Interval bell</source>
      <translation>Intervallglocke</translation>
    </message>
    <message>
      <source>Background sound</source>
      <translation>Hintergrundklang</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keiner</translation>
    </message>
    <message>
      <source>Soft rain</source>
      <translation>Sanfter Regen</translation>
    </message>
    <message>
      <source>Warm drone</source>
      <translation>Warmer Grundton</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <source>Every minute</source>
      <translation>Jede Minute</translation>
    </message>
    <message>
      <source>Every %d minutes</source>
      <translation>Alle %d Minuten</translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <source>Group practice: shared screen</source>
      <translation>Gruppenübung: gemeinsamer Bildschirm</translation>
    </message>
    <message>
      <source>Shared screen</source>
      <translation>Gemeinsamer Bildschirm</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Abschnitt</translation>
    </message>
    <message>
      <source>Words for the group</source>
      <translation>Worte für die Gruppe</translation>
    </message>
    <message>
      <source>Breathing guide words</source>
      <translation>Worte des Atemtaktgebers</translation>
    </message>
    <message>
      <source>More words for the group</source>
      <translation>Weitere Worte für die Gruppe</translation>
    </message>
    <message>
      <source>Blank screen</source>
      <translation>Leerer Bildschirm</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <source>Median {median} · {n} answers</source>
      <translation>Median {median} · {n} Antworten</translation>
    </message>
    <message>
      <source>Presenter controls</source>
      <translation>Bedienung für die Leitung</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Blank</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <source>End shared screen</source>
      <translation>Gemeinsamen Bildschirm beenden</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>Your settings, reflections, self-checks, worry notes, your own patterns and practices, group records and imported sounds are deleted too.</source>
      <translation>Auch deine Einstellungen, Reflexionen, Selbstchecks, Sorgennotizen, deine eigenen Muster und Übungen, Gruppenaufzeichnungen und importierten Klänge werden gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>QuietBox</name>
    <message>
      <source>do-not-disturb</source>
      <translation>„Nicht stören“</translation>
    </message>
    <message>
      <source>a locked screen</source>
      <translation>einen gesperrten Bildschirm</translation>
    </message>
    <message>
      <source>a full-screen window</source>
      <translation>ein Vollbildfenster</translation>
    </message>
    <message>
      <source>not on Wayland</source>
      <translation>nicht unter Wayland</translation>
    </message>
    <message>
      <source>libX11 is not installed</source>
      <translation>libX11 ist nicht installiert</translation>
    </message>
    <message>
      <source>Windows does not tell other programs</source>
      <translation>Windows verrät das anderen Programmen nicht</translation>
    </message>
    <message>
      <source>macOS does not tell other programs</source>
      <translation>macOS verrät das anderen Programmen nicht</translation>
    </message>
    <message>
      <source>{what} ✓</source>
      <translation>{what} ✓</translation>
    </message>
    <message>
      <source>{what} ✗ ({why})</source>
      <translation>{what} ✗ ({why})</translation>
    </message>
    <message>
      <source>{what} ✗</source>
      <translation>{what} ✗</translation>
    </message>
    <message>
      <source>On this computer the app can tell: {list}.</source>
      <translation>Auf diesem Computer erkennt die App: {list}.</translation>
    </message>
    <message>
      <source>While a ticked one is on, no reminder appears; afterwards one quiet line names the next.</source>
      <translation>Solange etwas Abgehaktes zutrifft, erscheint keine Erinnerung; danach nennt eine ruhige Zeile die nächste.</translation>
    </message>
    <message>
      <source>For the rest, use Pause or In session before a meeting or a presentation.</source>
      <translation>Für den Rest nutze „Pausieren“ oder „Im Termin“ vor einer Besprechung oder einem Vortrag.</translation>
    </message>
    <message>
      <source>Pause and presence</source>
      <translation>Pausieren und Anwesenheit</translation>
    </message>
    <message>
      <source>Pause status</source>
      <translation>Pausenstatus</translation>
    </message>
    <message>
      <source>Pause for 1 hour</source>
      <translation>1 Stunde pausieren</translation>
    </message>
    <message>
      <source>Pause until tomorrow</source>
      <translation>Bis morgen pausieren</translation>
    </message>
    <message>
      <source>Pause until I resume</source>
      <translation>Pausieren, bis ich fortsetze</translation>
    </message>
    <message>
      <source>Resume reminders</source>
      <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
      <source>What the app can detect</source>
      <translation>Was die App erkennen kann</translation>
    </message>
    <message>
      <source>Ask me</source>
      <translation>Frag mich</translation>
    </message>
    <message>
      <source>Keep reminders running</source>
      <translation>Erinnerungen weiterlaufen lassen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>When I close the window</source>
      <translation>Wenn ich das Fenster schließe</translation>
    </message>
    <message>
      <source>When I close the window:</source>
      <translation>Wenn ich das Fenster schließe:</translation>
    </message>
    <message>
      <source>Reminders are on.</source>
      <translation>Erinnerungen sind an.</translation>
    </message>
    <message>
      <source>Reminders are paused until you resume them.</source>
      <translation>Erinnerungen sind pausiert, bis du sie fortsetzt.</translation>
    </message>
    <message>
      <source>Reminders are paused until {time}.</source>
      <translation>Erinnerungen sind pausiert bis {time}.</translation>
    </message>
  </context>
  <context>
    <name>QuietRestView</name>
    <message>
      <source>Compared with quiet rest</source>
      <translation>Im Vergleich mit stiller Ruhe</translation>
    </message>
    <message>
      <source>Practices compared with quiet rest</source>
      <translation>Übungen im Vergleich mit stiller Ruhe</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Übung</translation>
    </message>
    <message>
      <source>Median change</source>
      <translation>Median der Veränderung</translation>
    </message>
    <message>
      <source>Quiet rest median change</source>
      <translation>Median der Veränderung bei stiller Ruhe</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Unterschied</translation>
    </message>
    <message>
      <source>Rate %1 quiet rests to compare your practices with sitting quietly for the same time (%2 so far).</source>
      <translation>Bewerte %1 stille Ruhepausen, um deine Übungen mit gleich langem stillem Sitzen zu vergleichen (bisher %2).</translation>
    </message>
    <message>
      <source>A practice is compared once it has %1 rated sessions too.</source>
      <translation>Eine Übung wird verglichen, sobald auch sie %1 bewertete Durchgänge hat.</translation>
    </message>
    <message>
      <source>Changes are in points on the 0-10 scale; lower means less stressed.</source>
      <translation>Veränderungen in Punkten auf der Skala von 0 bis 10; niedriger heißt weniger gestresst.</translation>
    </message>
  </context>
  <context>
    <name>Reflect</name>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Practices</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <source>Reflections</source>
      <translation>Reflexionen</translation>
    </message>
    <message>
      <source>Reflection</source>
      <translation>Reflexion</translation>
    </message>
  </context>
  <context>
    <name>ReflectHomeLine</name>
    <message>
      <source>After a hard appointment</source>
      <translation>Nach einem schweren Termin</translation>
    </message>
    <message>
      <source>Start the short debrief after a hard appointment</source>
      <translation>Die kurze Nachbesprechung nach einem schweren Termin starten</translation>
    </message>
    <message>
      <source>One line about today</source>
      <translation>Eine Zeile zu heute</translation>
    </message>
    <message>
      <source>Write one reflection on today</source>
      <translation>Eine Reflexion zu heute schreiben</translation>
    </message>
    <message>
      <source>Self-check due</source>
      <translation>Selbstcheck fällig</translation>
    </message>
    <message>
      <source>Open the self-check that is due</source>
      <translation>Den fälligen Selbstcheck öffnen</translation>
    </message>
  </context>
  <context>
    <name>ReflectSettings</name>
    <message>
      <source>Offer one reflection after a practice</source>
      <translation>Nach einer Übung eine Reflexion anbieten</translation>
    </message>
    <message>
      <source>How often to offer the WHO-5</source>
      <translation>Wie oft der WHO-5 angeboten wird</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <source>Every 2 weeks</source>
      <translation>Alle 2 Wochen</translation>
    </message>
    <message>
      <source>Every 4 weeks</source>
      <translation>Alle 4 Wochen</translation>
    </message>
    <message>
      <source>Offer the one-question burnout check monthly</source>
      <translation>Den Burnout-Check mit einer Frage monatlich anbieten</translation>
    </message>
    <message>
      <source>Offer the Copenhagen Burnout Inventory quarterly</source>
      <translation>Das Copenhagen Burnout Inventory vierteljährlich anbieten</translation>
    </message>
    <message>
      <source>Self-checks are private and optional. When one is due, a quiet line on the home screen says so; nothing else reminds you.</source>
      <translation>Selbstchecks sind privat und freiwillig. Wenn einer fällig ist, zeigt das eine unaufdringliche Zeile auf der Startseite; sonst erinnert dich nichts daran.</translation>
    </message>
    <message>
      <source>WHO-5 well-being check</source>
      <translation>WHO-5-Check zum Wohlbefinden</translation>
    </message>
  </context>
  <context>
    <name>ReflectionPrompt</name>
    <message>
      <source>A small win</source>
      <translation>Ein kleiner Erfolg</translation>
    </message>
    <message>
      <source>Something learned</source>
      <translation>Etwas gelernt</translation>
    </message>
    <message>
      <source>Debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Anderes</translation>
    </message>
    <message>
      <source>A few words are enough</source>
      <translation>Ein paar Worte genügen</translation>
    </message>
    <message>
      <source>Your reflection</source>
      <translation>Deine Reflexion</translation>
    </message>
    <message>
      <source>Kind of reflection</source>
      <translation>Art der Reflexion</translation>
    </message>
    <message>
      <source>Private to you. Please leave out anything that could identify a client.</source>
      <translation>Nur für dich. Bitte lass alles weg, woran man eine Patientin oder einen Patienten erkennen könnte.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save reflection</source>
      <translation>Reflexion speichern</translation>
    </message>
    <message>
      <source>Skip (Esc)</source>
      <translation>Überspringen (Esc)</translation>
    </message>
    <message>
      <source>Skip this reflection</source>
      <translation>Diese Reflexion überspringen</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Art:</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
  </context>
  <context>
    <name>ReflectionsPanel</name>
    <message>
      <source>Your reflections</source>
      <translation>Deine Reflexionen</translation>
    </message>
    <message>
      <source>Reflection text</source>
      <translation>Text der Reflexion</translation>
    </message>
    <message>
      <source>A few words are enough</source>
      <translation>Ein paar Worte genügen</translation>
    </message>
    <message>
      <source>Kind of reflection</source>
      <translation>Art der Reflexion</translation>
    </message>
    <message>
      <source>Private to you. Please leave out anything that could identify a client.</source>
      <translation>Nur für dich. Bitte lass alles weg, woran man eine Patientin oder einen Patienten erkennen könnte.</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>New reflection</source>
      <translation>Neue Reflexion</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save reflection</source>
      <translation>Reflexion speichern</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete reflection</source>
      <translation>Reflexion löschen</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Art:</translation>
    </message>
    <message>
      <source>No reflections yet.</source>
      <translation>Noch keine Reflexionen.</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Gespeichert.</translation>
    </message>
    <message>
      <source>Not deleted: %1</source>
      <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminder waiting</source>
      <translation>Eine Erinnerung wartet</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Erinnerung</translation>
    </message>
    <message>
      <source>Start now</source>
      <translation>Jetzt starten</translation>
    </message>
    <message>
      <source>Snooze {n}</source>
      <translation>{n} Min. später</translation>
    </message>
    <message>
      <source>Snooze {n} minutes</source>
      <translation>{n} Minuten später erinnern</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Skip this reminder</source>
      <translation>Diese Erinnerung überspringen</translation>
    </message>
  </context>
  <context>
    <name>ReminderNotice</name>
    <message>
      <source>breathing practice</source>
      <translation>eine Atemübung</translation>
    </message>
    <message>
      <source>body scan</source>
      <translation>einen Body-Scan</translation>
    </message>
    <message>
      <source>self-compassion practice</source>
      <translation>eine Übung für Selbstmitgefühl</translation>
    </message>
    <message>
      <source>thinking-skills practice</source>
      <translation>eine Übung, um Gedanken zu sortieren</translation>
    </message>
    <message>
      <source>rest practice</source>
      <translation>eine Ruheübung</translation>
    </message>
    <message>
      <source>quick reset</source>
      <translation>eine kurze Pause</translation>
    </message>
    <message>
      <source>practice</source>
      <translation>eine Übung</translation>
    </message>
    <message>
      <source>That appointment is over. A 90-second debrief before the next?</source>
      <translation>Der Termin ist vorbei. Eine 90-Sekunden-Nachbesprechung vor dem nächsten?</translation>
    </message>
    <message>
      <source>You have 1 minute before your {time}.</source>
      <translation>Du hast 1 Minute bis zu deinem Termin um {time}.</translation>
    </message>
    <message>
      <source>You have {n} minutes before your {time}.</source>
      <translation>Du hast {n} Minuten bis zu deinem Termin um {time}.</translation>
    </message>
    <message>
      <source>You have 1 minute free, until {time}.</source>
      <translation>Du hast 1 Minute frei, bis {time}.</translation>
    </message>
    <message>
      <source>You have {n} minutes free, until {time}.</source>
      <translation>Du hast {n} Minuten frei, bis {time}.</translation>
    </message>
    <message>
      <source>A moment for a pause.</source>
      <translation>Ein Moment für eine Pause.</translation>
    </message>
    <message>
      <source>A {n}-minute {practice}?</source>
      <translation>Zeit für {practice} ({n} Minuten)?</translation>
    </message>
    <message>
      <source>A short {practice}?</source>
      <translation>Zeit für {practice}, ganz kurz?</translation>
    </message>
    <message>
      <source>You missed a reminder while you were away. Nothing to catch up on.</source>
      <translation>Während du weg warst, gab es eine Erinnerung. Du musst nichts nachholen.</translation>
    </message>
    <message>
      <source>You missed {n} reminders while you were away. Nothing to catch up on.</source>
      <translation>Während du weg warst, gab es {n} Erinnerungen. Du musst nichts nachholen.</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Erinnerung</translation>
    </message>
    <message>
      <source>Reminder message</source>
      <translation>Erinnerungstext</translation>
    </message>
    <message>
      <source>Start now</source>
      <translation>Jetzt starten</translation>
    </message>
    <message>
      <source>Snooze {n}</source>
      <translation>{n} Min. später</translation>
    </message>
    <message>
      <source>Remind me again in {n} minutes</source>
      <translation>In {n} Minuten noch einmal erinnern</translation>
    </message>
    <message>
      <source>Snooze {n} minutes</source>
      <translation>{n} Minuten später erinnern</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Close the note</source>
      <translation>Hinweis schließen</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettingsPage</name>
    <message>
      <source>Reminder settings</source>
      <translation>Einstellungen für Erinnerungen</translation>
    </message>
    <message>
      <source>Start Mindful Clinic when I log in</source>
      <translation>Mindful Clinic beim Anmelden starten</translation>
    </message>
    <message>
      <source>Reminder settings message</source>
      <translation>Meldung zu den Erinnerungen</translation>
    </message>
    <message>
      <source>When to remind me</source>
      <translation>Wann ich erinnert werden möchte</translation>
    </message>
    <message>
      <source>Reminder rules</source>
      <translation>Erinnerungsregeln</translation>
    </message>
    <message>
      <source>In the gaps between appointments</source>
      <translation>In den Lücken zwischen Terminen</translation>
    </message>
    <message>
      <source>At set times</source>
      <translation>Zu festen Zeiten</translation>
    </message>
    <message>
      <source>Every few minutes during working hours</source>
      <translation>Alle paar Minuten während der Arbeitszeit</translation>
    </message>
    <message>
      <source>for example %1</source>
      <translation>zum Beispiel %1</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Times</source>
      <translation>Zeiten</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>This rule is on</source>
      <translation>Diese Regel ist an</translation>
    </message>
    <message>
      <source>New rule</source>
      <translation>Neue Regel</translation>
    </message>
    <message>
      <source>Save rule</source>
      <translation>Regel speichern</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Regel entfernen</translation>
    </message>
    <message>
      <source>Calendars (.ics files)</source>
      <translation>Kalender (.ics-Dateien)</translation>
    </message>
    <message>
      <source>Calendar files</source>
      <translation>Kalenderdateien</translation>
    </message>
    <message>
      <source>Add calendar…</source>
      <translation>Kalender hinzufügen…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Read again</source>
      <translation>Neu einlesen</translation>
    </message>
    <message>
      <source>Working day</source>
      <translation>Arbeitstag</translation>
    </message>
    <message>
      <source>Quiet hours</source>
      <translation>Ruhezeiten</translation>
    </message>
    <message>
      <source>Play a sound with reminders</source>
      <translation>Bei Erinnerungen einen Klang spielen</translation>
    </message>
    <message>
      <source>Working hours start</source>
      <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
      <source>Working hours end</source>
      <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
      <source>Quiet hours start</source>
      <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
      <source>Quiet hours end</source>
      <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
      <source>Shortest gap to offer</source>
      <translation>Kürzeste Lücke für eine Erinnerung</translation>
    </message>
    <message>
      <source>Working hours</source>
      <translation>Arbeitszeit</translation>
    </message>
    <message>
      <source>On Windows and macOS, add the app to your login items (see README).</source>
      <translation>Unter Windows und macOS füge die App zu deinen Anmeldeobjekten hinzu (siehe README).</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mo</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Di</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Mi</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Fr</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sa</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>So</translation>
    </message>
    <message>
      <source>At {times}</source>
      <translation>Um {times}</translation>
    </message>
    <message>
      <source>Every {n} minutes in working hours</source>
      <translation>Alle {n} Minuten während der Arbeitszeit</translation>
    </message>
    <message>
      <source> (off)</source>
      <translation> (aus)</translation>
    </message>
    <message>
      <source>{name}: could not be read: {problem}</source>
      <translation>{name}: konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
      <source>{name}: read {when}</source>
      <translation>{name}: eingelesen {when}</translation>
    </message>
    <message>
      <source>{name}: not read yet</source>
      <translation>{name}: noch nicht eingelesen</translation>
    </message>
    <message>
      <source>Not saved: {problem}</source>
      <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Regel gespeichert.</translation>
    </message>
    <message>
      <source>Rule removed.</source>
      <translation>Regel entfernt.</translation>
    </message>
    <message>
      <source>Add calendar files</source>
      <translation>Kalenderdateien hinzufügen</translation>
    </message>
    <message>
      <source>Calendars (*.ics);;All files (*)</source>
      <translation>Kalender (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Some calendars could not be read; see the list above.</source>
      <translation>Einige Kalender konnten nicht gelesen werden; siehe die Liste oben.</translation>
    </message>
    <message>
      <source>Calendars are up to date.</source>
      <translation>Die Kalender sind aktuell.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Gespeichert.</translation>
    </message>
    <message>
      <source>Could not change start at login: {problem}</source>
      <translation>Der Start beim Anmelden konnte nicht geändert werden: {problem}</translation>
    </message>
  </context>
  <context>
    <name>ReminderStore</name>
    <message>
      <source>Your reminder settings could not be read (%1), so reminders use the defaults. The settings file is left as it is; before a change is saved over it, a copy is kept beside it.</source>
      <translation>Deine Erinnerungseinstellungen konnten nicht gelesen werden (%1), deshalb gelten für Erinnerungen die Standardeinstellungen. Die Einstellungsdatei bleibt, wie sie ist; bevor eine Änderung darüber gespeichert wird, wird daneben eine Kopie aufbewahrt.</translation>
    </message>
    <message>
      <source>A reminder setting could not be read and is not used: %1. Everything else is used, and it stays in the settings file as written, so it can be fixed there.</source>
      <translation>Eine Erinnerungseinstellung konnte nicht gelesen werden und wird nicht verwendet: %1. Alles andere wird verwendet, und sie bleibt so in der Einstellungsdatei, wie sie geschrieben wurde, damit sie dort berichtigt werden kann.</translation>
    </message>
    <message>
      <source>%1 reminder settings could not be read and are not used (the first: %2). Everything else is used, and they stay in the settings file as written, so they can be fixed there.</source>
      <translation>%1 Erinnerungseinstellungen konnten nicht gelesen werden und werden nicht verwendet (die erste: %2). Alles andere wird verwendet, und sie bleiben so in der Einstellungsdatei, wie sie geschrieben wurden, damit sie dort berichtigt werden können.</translation>
    </message>
    <message>
      <source>Your earlier reminder settings could not be read, so a copy of the settings file was kept as %1 before your change was saved.</source>
      <translation>Deine bisherigen Erinnerungseinstellungen konnten nicht gelesen werden, deshalb wurde eine Kopie der Einstellungsdatei als %1 aufbewahrt, bevor deine Änderung gespeichert wurde.</translation>
    </message>
    <message>
      <source>Your reminder settings could not be read, and no copy of the settings file could be kept beside it, so nothing was saved over it.</source>
      <translation>Deine Erinnerungseinstellungen konnten nicht gelesen werden, und neben der Einstellungsdatei konnte keine Kopie aufbewahrt werden, deshalb wurde nichts darüber gespeichert.</translation>
    </message>
    <message>
      <source>Your change is used until you close the app, but not kept.</source>
      <translation>Deine Änderung gilt, bis du die App schließt, wird aber nicht aufbewahrt.</translation>
    </message>
  </context>
  <context>
    <name>SectionTimeEdit</name>
    <message>
      <source>Hours</source>
      <translation>Stunden</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <source>AM or PM</source>
      <translation>AM oder PM</translation>
    </message>
  </context>
  <context>
    <name>SelfCheckPage</name>
    <message>
      <source>Not answered</source>
      <translation>Nicht beantwortet</translation>
    </message>
    <message>
      <source>Optional and private. </source>
      <translation>Freiwillig und privat. </translation>
    </message>
    <message>
      <source>WHO-5 item %1</source>
      <translation>WHO-5, Aussage %1</translation>
    </message>
    <message>
      <source>Burnout, one item</source>
      <translation>Burnout, eine Frage</translation>
    </message>
    <message>
      <source>Include the Copenhagen Burnout Inventory (quarterly)</source>
      <translation>Das Copenhagen Burnout Inventory einbeziehen (vierteljährlich)</translation>
    </message>
    <message>
      <source>CBI item %1</source>
      <translation>CBI, Frage %1</translation>
    </message>
    <message>
      <source>Save this self-check</source>
      <translation>Diesen Selbstcheck speichern</translation>
    </message>
    <message>
      <source>Self-check result</source>
      <translation>Ergebnis des Selbstchecks</translation>
    </message>
    <message>
      <source>Self-check trend</source>
      <translation>Verlauf der Selbstchecks</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>WHO-5</source>
      <translation>WHO-5</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <source>Burnout item</source>
      <translation>Burnout-Frage</translation>
    </message>
    <message>
      <source>A change of %1 points or more in the WHO-5 is worth noticing.</source>
      <translation>Eine Veränderung um %1 Punkte oder mehr im WHO-5 ist beachtenswert.</translation>
    </message>
    <message>
      <source>Please answer all five WHO-5 statements, or none.</source>
      <translation>Bitte beantworte alle fünf WHO-5-Aussagen oder keine.</translation>
    </message>
    <message>
      <source>Please answer all 19 CBI questions, or untick it.</source>
      <translation>Bitte beantworte alle 19 CBI-Fragen oder nimm das Häkchen weg.</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>WHO-5: %1 of 25 (%2 %): %3</source>
      <translation>WHO-5: %1 von 25 (%2 %): %3</translation>
    </message>
    <message>
      <source>Burnout item: %1 of 5. </source>
      <translation>Burnout-Frage: %1 von 5. </translation>
    </message>
    <message>
      <source>up</source>
      <translation>gestiegen</translation>
    </message>
    <message>
      <source>down</source>
      <translation>gesunken</translation>
    </message>
    <message>
      <source>steady</source>
      <translation>gleich geblieben</translation>
    </message>
  </context>
  <context>
    <name>SessionButton</name>
    <message>
      <source>While on, no reminder appears. It switches itself off when the calendar's current appointment ends.</source>
      <translation>Solange das an ist, erscheint keine Erinnerung. Es schaltet sich von selbst aus, wenn der aktuelle Kalendertermin endet.</translation>
    </message>
    <message>
      <source>In session: reminders held</source>
      <translation>Im Termin: Erinnerungen aus</translation>
    </message>
    <message>
      <source>In session: reminders on</source>
      <translation>Im Termin: Erinnerungen an</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <source>Focus mode</source>
      <translation>Fokusmodus</translation>
    </message>
    <message>
      <source>Focus mode: full screen, shape and words only</source>
      <translation>Fokusmodus: Vollbild, nur Form und Worte</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <source>Resumed</source>
      <translation>Geht weiter</translation>
    </message>
  </context>
  <context>
    <name>SettingsStore</name>
    <message>
      <source>Your settings file was damaged (%1), so the app uses its default settings. The damaged file was kept as %2.</source>
      <translation>Deine Einstellungsdatei war beschädigt (%1), deshalb nutzt die App ihre Standardeinstellungen. Die beschädigte Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
      <source>Your settings file was damaged (%1), so the app uses its default settings. The file was left where it is: %2.</source>
      <translation>Deine Einstellungsdatei war beschädigt (%1), deshalb nutzt die App ihre Standardeinstellungen. Die Datei wurde an ihrem Ort gelassen: %2.</translation>
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
      <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>Tastatur</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Start the practice (Enter)</source>
      <translation>Übung starten (Enter)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Back to all practices (Esc)</source>
      <translation>Zurück zu allen Übungen (Esc)</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Anywhere</source>
      <translation>Überall</translation>
    </message>
    <message>
      <source>If you are struggling: support contacts</source>
      <translation>Wenn es dir nicht gut geht: Hilfe und Kontakte</translation>
    </message>
    <message>
      <source>Practise (the home screen)</source>
      <translation>Üben (die Startseite)</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Group session</source>
      <translation>Gruppensitzung</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Einblicke</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Go to the reminder waiting for an answer</source>
      <translation>Zur Erinnerung, die auf eine Antwort wartet</translation>
    </message>
    <message>
      <source>Move to the next or previous control</source>
      <translation>Zum nächsten oder vorigen Bedienelement</translation>
    </message>
    <message>
      <source>Press the focused button</source>
      <translation>Die ausgewählte Schaltfläche drücken</translation>
    </message>
    <message>
      <source>Home screen</source>
      <translation>Startseite</translation>
    </message>
    <message>
      <source>Open the focused practice</source>
      <translation>Die ausgewählte Übung öffnen</translation>
    </message>
    <message>
      <source>Before a practice</source>
      <translation>Vor einer Übung</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Back to all practices</source>
      <translation>Zurück zu allen Übungen</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <source>Rate how stressed you feel (1 then 0 gives 10)</source>
      <translation>Einschätzen, wie gestresst du dich fühlst (1 und dann 0 ergibt 10)</translation>
    </message>
    <message>
      <source>Skip the check-in</source>
      <translation>Check-in überspringen</translation>
    </message>
    <message>
      <source>During a practice</source>
      <translation>Während einer Übung</translation>
    </message>
    <message>
      <source>Pause or resume</source>
      <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Focus mode: full screen, the shape and the words only</source>
      <translation>Fokusmodus: Vollbild, nur die Form und die Worte</translation>
    </message>
    <message>
      <source>Focus mode</source>
      <translation>Fokusmodus</translation>
    </message>
    <message>
      <source>Leave focus mode (the practice carries on)</source>
      <translation>Fokusmodus verlassen (die Übung läuft weiter)</translation>
    </message>
    <message>
      <source>Breathing at your own pace</source>
      <translation>Atmen im eigenen Tempo</translation>
    </message>
    <message>
      <source>Mark a breath</source>
      <translation>Einen Atemzug markieren</translation>
    </message>
    <message>
      <source>Guided practice</source>
      <translation>Angeleitete Übung</translation>
    </message>
    <message>
      <source>Previous or next step</source>
      <translation>Voriger oder nächster Schritt</translation>
    </message>
    <message>
      <source>After stopping</source>
      <translation>Nach dem Aufhören</translation>
    </message>
    <message>
      <source>I'm ready to go on</source>
      <translation>Ich bin bereit weiterzumachen</translation>
    </message>
    <message>
      <source>Edit the selected practice</source>
      <translation>Die ausgewählte Übung bearbeiten</translation>
    </message>
    <message>
      <source>Delete the selected practice</source>
      <translation>Die ausgewählte Übung löschen</translation>
    </message>
    <message>
      <source>Undo the delete</source>
      <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
      <source>Start the shared screen</source>
      <translation>Den gemeinsamen Bildschirm starten</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>Nächster Abschnitt</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>Voriger Abschnitt</translation>
    </message>
    <message>
      <source>Blank the shared screen</source>
      <translation>Den gemeinsamen Bildschirm leeren</translation>
    </message>
    <message>
      <source>End the shared screen</source>
      <translation>Den gemeinsamen Bildschirm beenden</translation>
    </message>
  </context>
  <context>
    <name>Sound</name>
    <message>
      <source>The import was cancelled; nothing changed.</source>
      <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
      <source>{name} is not one of your imported sounds.</source>
      <translation>{name} gehört nicht zu deinen importierten Klängen.</translation>
    </message>
    <message>
      <source>{name} was not found.</source>
      <translation>{name} wurde nicht gefunden.</translation>
    </message>
    <message>
      <source>{name} is not a sound file this app can import: choose a WAV or OGG file, or an MP3.</source>
      <translation>{name} ist keine Klangdatei, die diese App importieren kann: Wähle eine WAV-, OGG- oder MP3-Datei.</translation>
    </message>
    <message>
      <source>{name} is not a sound file this app can import: choose a WAV or OGG file.</source>
      <translation>{name} ist keine Klangdatei, die diese App importieren kann: Wähle eine WAV- oder OGG-Datei.</translation>
    </message>
    <message>
      <source>{name} is an MP3, and MP3 files need ffmpeg, which is not installed on this computer. Install ffmpeg, or convert the file to WAV or OGG first.</source>
      <translation>{name} ist eine MP3-Datei, und MP3-Dateien brauchen ffmpeg, das auf diesem Computer nicht installiert ist. Installiere ffmpeg oder wandle die Datei vorher in WAV oder OGG um.</translation>
    </message>
    <message>
      <source>{name} could not be read as a sound. It may be damaged, or not really a {kind} file.</source>
      <translation>{name} konnte nicht als Klang gelesen werden. Vielleicht ist die Datei beschädigt oder gar keine {kind}-Datei.</translation>
    </message>
    <message>
      <source>{name} is an OGG file, and reading OGG here needs ffmpeg or a working sound output, neither of which was found. Install ffmpeg, or convert the file to WAV first.</source>
      <translation>{name} ist eine OGG-Datei, und zum Lesen von OGG braucht es hier ffmpeg oder eine funktionierende Klangausgabe; beides wurde nicht gefunden. Installiere ffmpeg oder wandle die Datei vorher in WAV um.</translation>
    </message>
    <message>
      <source>{name} lasts {minutes} minutes; the longest sound this app imports is {longest} minutes.</source>
      <translation>{name} dauert {minutes} Minuten; diese App importiert Klänge bis höchstens {longest} Minuten.</translation>
    </message>
    <message>
      <source>{name} is silent: there is nothing to import.</source>
      <translation>{name} ist still: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
      <source>{name} holds less than {seconds} s of sound once the silence is trimmed: there is nothing to import.</source>
      <translation>{name} enthält ohne die Stille weniger als {seconds} s Klang: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
      <source>No sound output found; practices carry on silently.</source>
      <translation>Keine Klangausgabe gefunden; die Übungen laufen ohne Ton weiter.</translation>
    </message>
    <message>
      <source>Sound is switched off for this run.</source>
      <translation>Der Klang ist für diesen Start ausgeschaltet.</translation>
    </message>
  </context>
  <context>
    <name>SoundSettingsView</name>
    <message>
      <source>Sound settings</source>
      <translation>Klangeinstellungen</translation>
    </message>
    <message>
      <source>Your own sounds</source>
      <translation>Deine eigenen Klänge</translation>
    </message>
    <message>
      <source>&amp;Mute all sounds</source>
      <translation>Alle Klänge &amp;stummschalten</translation>
    </message>
    <message>
      <source>Sound output status</source>
      <translation>Zustand der Klangausgabe</translation>
    </message>
    <message>
      <source>Volume</source>
      <translation>Lautstärke</translation>
    </message>
    <message>
      <source>Breath cues</source>
      <translation>Atemtöne</translation>
    </message>
    <message>
      <source>the breath cue sound</source>
      <translation>den Atemton</translation>
    </message>
    <message>
      <source>Bells</source>
      <translation>Glocken</translation>
    </message>
    <message>
      <source>the interval bell</source>
      <translation>die Intervallglocke</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>Hintergrund</translation>
    </message>
    <message>
      <source>the background sound</source>
      <translation>den Hintergrundklang</translation>
    </message>
    <message>
      <source>Recordings</source>
      <translation>Aufnahmen</translation>
    </message>
    <message>
      <source>a tone at the recordings volume</source>
      <translation>einen Ton in der Lautstärke der Aufnahmen</translation>
    </message>
    <message>
      <source>{title} volume</source>
      <translation>Lautstärke: {title}</translation>
    </message>
    <message>
      <source>Try</source>
      <translation>Anhören</translation>
    </message>
    <message>
      <source>Try {what}</source>
      <translation>{what} anhören</translation>
    </message>
    <message>
      <source>Sound preview message</source>
      <translation>Meldung zur Klangprobe</translation>
    </message>
    <message>
      <source>Quiet hours</source>
      <translation>Ruhezeiten</translation>
    </message>
    <message>
      <source>&amp;Keep quiet hours</source>
      <translation>&amp;Ruhezeiten einhalten</translation>
    </message>
    <message>
      <source>Quiet hours start</source>
      <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
      <source>Quiet hours end</source>
      <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <source>Nothing plays between these times, not even in a practice; Try still works. The end may be after midnight, as in 22:00 to 07:00.</source>
      <translation>Zwischen diesen Zeiten erklingt nichts, auch nicht in einer Übung; „Anhören“ funktioniert trotzdem. Das Ende darf nach Mitternacht liegen, etwa 22:00 bis 07:00.</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Erinnerungen</translation>
    </message>
    <message>
      <source>Reminders show a quiet notice; tick to also play a soft bell.</source>
      <translation>Erinnerungen zeigen einen leisen Hinweis; setze ein Häkchen, damit zusätzlich eine sanfte Glocke erklingt.</translation>
    </message>
    <message>
      <source>Also play a soft &amp;bell with reminders</source>
      <translation>Bei Erinnerungen auch eine sanfte &amp;Glocke spielen</translation>
    </message>
    <message>
      <source>Practice sounds</source>
      <translation>Klänge der Übungen</translation>
    </message>
    <message>
      <source>Used by every practice without sound choices of its own.</source>
      <translation>Gilt für jede Übung ohne eigene Klangauswahl.</translation>
    </message>
    <message>
      <source>Rising tone at each in-breath</source>
      <translation>Steigender Ton bei jedem Einatmen</translation>
    </message>
    <message>
      <source>Falling tone at each out-breath</source>
      <translation>Fallender Ton bei jedem Ausatmen</translation>
    </message>
    <message>
      <source>Bell at the start</source>
      <translation>Glocke zu Beginn</translation>
    </message>
    <message>
      <source>Bell at the end</source>
      <translation>Glocke am Ende</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Interval bell every how many minutes (0 is off)</source>
      <translation>Intervallglocke alle wie viele Minuten (0 ist aus)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keiner</translation>
    </message>
    <message>
      <source>Soft rain</source>
      <translation>Sanfter Regen</translation>
    </message>
    <message>
      <source>Warm drone</source>
      <translation>Warmer Grundton</translation>
    </message>
    <message>
      <source>Background sound during practices</source>
      <translation>Hintergrundklang während der Übungen</translation>
    </message>
    <message>
      <source>&amp;Interval bell every</source>
      <translation>&amp;Intervallglocke alle</translation>
    </message>
    <message>
      <source>Back&amp;ground sound</source>
      <translation>&amp;Hintergrundklang</translation>
    </message>
    <message>
      <source>Sounds are muted: untick Mute all sounds to hear this.</source>
      <translation>Die Klänge sind stummgeschaltet: Nimm das Häkchen bei „Alle Klänge stummschalten“ weg, um das zu hören.</translation>
    </message>
    <message>
      <source>This volume is at zero: move the slider to the right to hear it.</source>
      <translation>Diese Lautstärke steht auf null: Schiebe den Regler nach rechts, um es zu hören.</translation>
    </message>
    <message>
      <source>No sound output was found on this computer; practices carry on silently.</source>
      <translation>Auf diesem Computer wurde keine Klangausgabe gefunden; die Übungen laufen ohne Ton weiter.</translation>
    </message>
  </context>
  <context>
    <name>Speech</name>
    <message>
      <source>No speech engine found; captions carry on.</source>
      <translation>Keine Sprachausgabe gefunden; der Text wird weiter angezeigt.</translation>
    </message>
    <message>
      <source>Spoken guidance stopped working (%1); captions carry on.</source>
      <translation>Die Sprachausgabe funktioniert nicht mehr (%1); der Text wird weiter angezeigt.</translation>
    </message>
  </context>
  <context>
    <name>StageView</name>
    <message>
      <source>Session timer</source>
      <translation>Zeit der Sitzung</translation>
    </message>
    <message>
      <source>Stages of the session</source>
      <translation>Abschnitte der Sitzung</translation>
    </message>
    <message>
      <source>Current stage</source>
      <translation>Aktueller Abschnitt</translation>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>Notizen für die Leitung</translation>
    </message>
    <message>
      <source>What comes next</source>
      <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
      <source>Shared screen shows</source>
      <translation>Der gemeinsame Bildschirm zeigt</translation>
    </message>
    <message>
      <source>Now: {stage}</source>
      <translation>Jetzt: {stage}</translation>
    </message>
    <message>
      <source>First: {stage}</source>
      <translation>Zuerst: {stage}</translation>
    </message>
    <message>
      <source>Next: {what}</source>
      <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
      <source>finish</source>
      <translation>Abschluss</translation>
    </message>
    <message>
      <source>Session {total} · this stage {stage} of about {suggested}</source>
      <translation>Sitzung {total} · dieser Abschnitt {stage} von etwa {suggested}</translation>
    </message>
    <message>
      <source>Not started: press Start session or Page Down</source>
      <translation>Noch nicht gestartet: Drücke „Sitzung starten“ oder Bild ab</translation>
    </message>
    <message>
      <source>(blank)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <source>Shared screen: {text}</source>
      <translation>Gemeinsamer Bildschirm: {text}</translation>
    </message>
    <message>
      <source> (skipped)</source>
      <translation> (übersprungen)</translation>
    </message>
    <message>
      <source>Ticked: this stage is part of the session</source>
      <translation>Angehakt: Dieser Abschnitt gehört zur Sitzung</translation>
    </message>
    <message>
      <source>{stage} (now)</source>
      <translation>{stage} (jetzt)</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <source>Step title</source>
      <translation>Titel des Schritts</translation>
    </message>
    <message>
      <source>On-screen words</source>
      <translation>Worte auf dem Bildschirm</translation>
    </message>
    <message>
      <source>What the screen shows during this step</source>
      <translation>Was der Bildschirm in diesem Schritt zeigt</translation>
    </message>
    <message>
      <source>Insert a choice into the on-screen words</source>
      <translation>Eine Auswahl in den Bildschirmtext einfügen</translation>
    </message>
    <message>
      <source>Spoken words</source>
      <translation>Gesprochene Worte</translation>
    </message>
    <message>
      <source>Leave empty for a quiet step</source>
      <translation>Leer lassen für einen stillen Schritt</translation>
    </message>
    <message>
      <source>Same as on screen</source>
      <translation>Wie auf dem Bildschirm</translation>
    </message>
    <message>
      <source>Spoken words are the same as on screen</source>
      <translation>Der gesprochene Text ist derselbe wie auf dem Bildschirm</translation>
    </message>
    <message>
      <source>Insert a choice into the spoken words</source>
      <translation>Eine Auswahl in den gesprochenen Text einfügen</translation>
    </message>
    <message>
      <source>A share of the time</source>
      <translation>Ein Anteil der Zeit</translation>
    </message>
    <message>
      <source>Fixed seconds</source>
      <translation>Feste Sekunden</translation>
    </message>
    <message>
      <source>Timing</source>
      <translation>Zeiteinteilung</translation>
    </message>
    <message>
      <source>Seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keiner</translation>
    </message>
    <message>
      <source>Body region</source>
      <translation>Körperbereich</translation>
    </message>
    <message>
      <source>A share scales with the length chosen (as seconds at the usual length); fixed seconds do not.</source>
      <translation>Ein Anteil wächst und schrumpft mit der gewählten Dauer (in Sekunden bei der üblichen Dauer); feste Sekunden nicht.</translation>
    </message>
    <message>
      <source>This step has its own words for a scan from head to feet; they stay as they are.</source>
      <translation>Dieser Schritt hat eigene Worte für einen Scan vom Kopf zu den Füßen; sie bleiben, wie sie sind.</translation>
    </message>
    <message>
      <source>No step chosen</source>
      <translation>Kein Schritt gewählt</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>Schritt %1 von %2</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <source>(no title yet)</source>
      <translation>(noch ohne Titel)</translation>
    </message>
    <message>
      <source>%1 · %2 · %3</source>
      <translation>%1 · %2 · %3</translation>
    </message>
    <message>
      <source>Step %1 of %2: %3, %4</source>
      <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Schritt hinzufügen</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplizieren</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Add a step after this one</source>
      <translation>Einen Schritt nach diesem hinzufügen</translation>
    </message>
    <message>
      <source>Duplicate this step</source>
      <translation>Diesen Schritt duplizieren</translation>
    </message>
    <message>
      <source>Move this step up</source>
      <translation>Diesen Schritt nach oben schieben</translation>
    </message>
    <message>
      <source>Move this step down</source>
      <translation>Diesen Schritt nach unten schieben</translation>
    </message>
    <message>
      <source>Remove this step</source>
      <translation>Diesen Schritt entfernen</translation>
    </message>
    <message>
      <source>Undo the last change to the steps</source>
      <translation>Die letzte Änderung an den Schritten rückgängig machen</translation>
    </message>
    <message>
      <source>Alt+Up in the list</source>
      <translation>Alt+Pfeil nach oben in der Liste</translation>
    </message>
    <message>
      <source>Alt+Down in the list</source>
      <translation>Alt+Pfeil nach unten in der Liste</translation>
    </message>
    <message>
      <source>Delete in the list; Undo brings it back</source>
      <translation>Entf in der Liste; Rückgängig holt ihn zurück</translation>
    </message>
    <message>
      <source>Undo: %1 (Ctrl+Z in the list)</source>
      <translation>Rückgängig: %1 (Strg+Z in der Liste)</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>Neuer Schritt</translation>
    </message>
    <message>
      <source>add a step</source>
      <translation>Schritt hinzufügen</translation>
    </message>
    <message>
      <source>duplicate a step</source>
      <translation>Schritt duplizieren</translation>
    </message>
    <message>
      <source>remove a step</source>
      <translation>Schritt entfernen</translation>
    </message>
    <message>
      <source>move a step</source>
      <translation>Schritt verschieben</translation>
    </message>
  </context>
  <context>
    <name>StepPreview</name>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>as the practice will show and say it, with your current choices</source>
      <translation>so, wie die Übung es zeigt und sagt, mit deiner aktuellen Auswahl</translation>
    </message>
    <message>
      <source>Said:</source>
      <translation>Gesprochen:</translation>
    </message>
    <message>
      <source>As the practice will show it, with your current choices filled in</source>
      <translation>So, wie die Übung es zeigt, mit deiner aktuellen Auswahl eingesetzt</translation>
    </message>
    <message>
      <source>As the practice will say it, with your current choices filled in</source>
      <translation>So, wie die Übung es sagt, mit deiner aktuellen Auswahl eingesetzt</translation>
    </message>
    <message>
      <source>Choose a step to see it here.</source>
      <translation>Wähle einen Schritt, um ihn hier zu sehen.</translation>
    </message>
    <message>
      <source>Preview: %1</source>
      <translation>Vorschau: %1</translation>
    </message>
    <message>
      <source>(nothing on screen yet)</source>
      <translation>(noch nichts auf dem Bildschirm)</translation>
    </message>
    <message>
      <source>Nothing: a quiet step.</source>
      <translation>Nichts: ein stiller Schritt.</translation>
    </message>
    <message>
      <source>Preview of %1, on screen: %2</source>
      <translation>Vorschau von „%1“, auf dem Bildschirm: %2</translation>
    </message>
    <message>
      <source>Preview, on screen: %1</source>
      <translation>Vorschau, auf dem Bildschirm: %1</translation>
    </message>
    <message>
      <source>Preview of %1, said: %2</source>
      <translation>Vorschau von „%1“, gesprochen: %2</translation>
    </message>
    <message>
      <source>Preview, said: %1</source>
      <translation>Vorschau, gesprochen: %1</translation>
    </message>
    <message>
      <source>(the preview follows once the words can be read)</source>
      <translation>(die Vorschau folgt, sobald der Text lesbar ist)</translation>
    </message>
  </context>
  <context>
    <name>SummaryChoices</name>
    <message>
      <source>What to include</source>
      <translation>Was hinein soll</translation>
    </message>
    <message>
      <source>The summary holds your practice log. You can add your own notes; nothing private is included unless you tick it.</source>
      <translation>Die Zusammenfassung enthält dein Übungsprotokoll. Du kannst deine eigenen Notizen hinzufügen; nichts Privates kommt hinein, außer du setzt ein Häkchen.</translation>
    </message>
    <message>
      <source>Include reflections</source>
      <translation>Reflexionen einbeziehen</translation>
    </message>
    <message>
      <source>Which reflections</source>
      <translation>Welche Reflexionen</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <source>Small wins</source>
      <translation>Kleine Erfolge</translation>
    </message>
    <message>
      <source>Things learned</source>
      <translation>Gelerntes</translation>
    </message>
    <message>
      <source>Debriefs</source>
      <translation>Nachbesprechungen</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Anderes</translation>
    </message>
    <message>
      <source>Include the self-check trend (scores and dates only)</source>
      <translation>Den Verlauf der Selbstchecks einbeziehen (nur Werte und Daten)</translation>
    </message>
    <message>
      <source>Reflections</source>
      <translation>Reflexionen</translation>
    </message>
    <message>
      <source>None for this period.</source>
      <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
      <source>Self-check trend (scores and dates only)</source>
      <translation>Verlauf der Selbstchecks (nur Werte und Daten)</translation>
    </message>
    <message>
      <source>No self-checks recorded.</source>
      <translation>Keine Selbstchecks erfasst.</translation>
    </message>
    <message>
      <source>burnout item %1/5</source>
      <translation>Burnout-Frage %1/5</translation>
    </message>
  </context>
  <context>
    <name>SupportPage</name>
    <message>
      <source>If you are struggling</source>
      <translation>Wenn es dir nicht gut geht</translation>
    </message>
    <message>
      <source>You don't have to manage this alone. Talking to someone can help, and these services are there for people who care for others, too.</source>
      <translation>Du musst das nicht allein schaffen. Mit jemandem zu sprechen kann helfen, und diese Angebote sind auch für Menschen da, die sich um andere kümmern.</translation>
    </message>
    <message>
      <source>About this app</source>
      <translation>Über diese App</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Edit contacts for my country and workplace</source>
      <translation>Kontakte für mein Land und meinen Arbeitsplatz bearbeiten</translation>
    </message>
    <message>
      <source>Not set up yet: add your organisation's details in Settings.</source>
      <translation>Noch nicht eingerichtet: Trage die Angaben deiner Einrichtung in den Einstellungen ein.</translation>
    </message>
    <message>
      <source>Call %s</source>
      <translation>%s anrufen</translation>
    </message>
    <message>
      <source>Email %s</source>
      <translation>E-Mail an %s</translation>
    </message>
    <message>
      <source>Open %s</source>
      <translation>%s öffnen</translation>
    </message>
    <message>
      <source>This computer has no app for calls. Please dial %s from a phone.</source>
      <translation>Auf diesem Computer gibt es keine App für Anrufe. Bitte wähl %s von einem Telefon aus.</translation>
    </message>
    <message>
      <source>No mail program opened. Please write to %s.</source>
      <translation>Es hat sich kein E-Mail-Programm geöffnet. Bitte schreib an %s.</translation>
    </message>
    <message>
      <source>No web browser opened. The address is %s.</source>
      <translation>Es hat sich kein Webbrowser geöffnet. Die Adresse ist %s.</translation>
    </message>
  </context>
  <context>
    <name>SupportSettings</name>
    <message>
      <source>Support contacts</source>
      <translation>Hilfe und Kontakte</translation>
    </message>
    <message>
      <source>These contacts appear on the "If you are struggling" page. Add your occupational health service, your employee assistance programme and any local lines; remove ones that don't apply where you are.</source>
      <translation>Diese Kontakte erscheinen auf der Seite „Wenn es dir nicht gut geht“. Füge deinen betriebsärztlichen Dienst, das Beratungsangebot deines Arbeitgebers und Telefonnummern vor Ort hinzu; entferne, was bei dir nicht gilt.</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>How to reach them</source>
      <translation>So erreichst du sie</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Problem with the contacts</source>
      <translation>Problem mit den Kontakten</translation>
    </message>
    <message>
      <source>Add contact</source>
      <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Restore the defaults</source>
      <translation>Voreinstellungen wiederherstellen</translation>
    </message>
    <message>
      <source>New contact</source>
      <translation>Neuer Kontakt</translation>
    </message>
    <message>
      <source>Row %d needs a name.</source>
      <translation>Zeile %d braucht einen Namen.</translation>
    </message>
    <message>
      <source>Row %d needs a way to reach them (a number or address).</source>
      <translation>Zeile %d braucht einen Weg zur Kontaktaufnahme (eine Nummer oder Adresse).</translation>
    </message>
  </context>
  <context>
    <name>SyncPrivacy</name>
    <message>
      <source>Your practice log, reflections, self-checks, favourites, your own practices and the settings that follow you are kept in your synced folder (%1), and your sync service copies them to your other computers. They are as private as that service: whoever can read it can read them, and a service provided by your organisation may be managed by its IT team. The app itself never sends anything anywhere.</source>
      <translation>Dein Übungsprotokoll, deine Reflexionen, Selbstchecks, Favoriten, deine eigenen Übungen und die Einstellungen, die dir folgen, liegen in deinem synchronisierten Ordner (%1), und dein Sync-Dienst kopiert sie auf deine anderen Computer. Sie sind so privat wie dieser Dienst: Wer ihn lesen kann, kann sie lesen, und einen Dienst, den deine Einrichtung bereitstellt, verwaltet vielleicht ihr IT-Team. Die App selbst sendet nie etwas irgendwohin.</translation>
    </message>
  </context>
  <context>
    <name>SyncSection</name>
    <message>
      <source>Sync between your computers</source>
      <translation>Zwischen deinen Computern abgleichen</translation>
    </message>
    <message>
      <source>If you use more than one computer, choose a folder that your own sync service keeps in step (OneDrive, SharePoint, Nextcloud, Syncthing, Dropbox or a network drive). Your practice log, reflections, self-checks, favourites, your own practices and patterns, group totals and the settings that follow you (reminder rules, language, theme, practice choices) are then kept there, and every computer pointed at the same folder shows all of them. The app never connects to anything itself.</source>
      <translation>Wenn du mehr als einen Computer nutzt, wähle einen Ordner, den dein eigener Sync-Dienst abgleicht (OneDrive, SharePoint, Nextcloud, Syncthing, Dropbox oder ein Netzlaufwerk). Dein Übungsprotokoll, deine Reflexionen, Selbstchecks und Favoriten, deine eigenen Übungen und Atemmuster, Gruppensummen und die Einstellungen, die dir folgen (Erinnerungsregeln, Sprache, Design, Übungswahl), liegen dann dort, und jeder Computer, der auf denselben Ordner zeigt, zeigt sie alle. Die App selbst verbindet sich nie mit irgendetwas.</translation>
    </message>
    <message>
      <source>Moving to a new computer: install the app there and, once your sync service has brought the folder over, choose the same folder. Everything appears. Then stop syncing on the old computer, or use Delete all my data there and choose this computer only.</source>
      <translation>Umzug auf einen neuen Computer: Installiere dort die App und wähle denselben Ordner, sobald dein Sync-Dienst ihn übertragen hat. Alles erscheint. Beende dann auf dem alten Computer den Abgleich, oder nutze dort „Alle meine Daten löschen“ und wähle „nur auf diesem Computer“.</translation>
    </message>
    <message>
      <source>The folder is as private as the sync service you choose: whoever can read that service can read these files. A service provided by your organisation may be managed by its IT team. Settings that belong to one computer, such as calendar files, sound device and window size, stay on that computer.</source>
      <translation>Der Ordner ist so privat wie der Sync-Dienst, den du wählst: Wer diesen Dienst lesen kann, kann auch diese Dateien lesen. Einen Dienst, den deine Einrichtung bereitstellt, verwaltet vielleicht ihr IT-Team. Einstellungen, die zu einem Computer gehören, etwa Kalenderdateien, Audiogerät und Fenstergröße, bleiben auf diesem Computer.</translation>
    </message>
    <message>
      <source>If two computers change the same practice before they catch up, the later change is kept on both. A deleted practice stays deleted everywhere. Nothing is lost when the sync service keeps two copies of a file: both are read.</source>
      <translation>Wenn zwei Computer dieselbe Übung ändern, bevor sie sich abgeglichen haben, bleibt auf beiden die spätere Änderung. Eine gelöschte Übung bleibt überall gelöscht. Nichts geht verloren, wenn der Sync-Dienst zwei Kopien einer Datei anlegt: Beide werden gelesen.</translation>
    </message>
    <message>
      <source>Choose synced folder…</source>
      <translation>Synchronisierten Ordner wählen…</translation>
    </message>
    <message>
      <source>Choose the synced folder</source>
      <translation>Den synchronisierten Ordner wählen</translation>
    </message>
    <message>
      <source>Stop syncing</source>
      <translation>Abgleich beenden</translation>
    </message>
    <message>
      <source>Stop syncing and keep a copy on this computer</source>
      <translation>Abgleich beenden und eine Kopie auf diesem Computer behalten</translation>
    </message>
    <message>
      <source>This computer's name</source>
      <translation>Name dieses Computers</translation>
    </message>
    <message>
      <source>This computer's name:</source>
      <translation>Name dieses Computers:</translation>
    </message>
    <message>
      <source>Computers using the synced folder</source>
      <translation>Computer, die den synchronisierten Ordner nutzen</translation>
    </message>
    <message>
      <source>Synced folder: %1</source>
      <translation>Synchronisierter Ordner: %1</translation>
    </message>
    <message>
      <source>Not syncing: everything is kept on this computer only.</source>
      <translation>Kein Abgleich: Alles liegt nur auf diesem Computer.</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>noch nicht</translation>
    </message>
    <message>
      <source>%1: %2 practices, last change %3</source>
      <translation>%1: %2 Übungen, letzte Änderung %3</translation>
    </message>
    <message>
      <source>%1 copies made by the sync service were read and merged.</source>
      <translation>%1 Kopien, die der Sync-Dienst angelegt hat, wurden gelesen und zusammengeführt.</translation>
    </message>
    <message>
      <source>Your log is now kept in the folder.</source>
      <translation>Dein Protokoll liegt jetzt in dem Ordner.</translation>
    </message>
    <message>
      <source>Stopped. A complete copy is on this computer.</source>
      <translation>Beendet. Eine vollständige Kopie liegt auf diesem Computer.</translation>
    </message>
    <message>
      <source>Not changed: %1</source>
      <translation>Nicht geändert: %1</translation>
    </message>
  </context>
  <context>
    <name>TodayLine</name>
    <message>
      <source>In session: reminders wait until you switch it off.</source>
      <translation>Im Termin: Erinnerungen warten, bis du es ausschaltest.</translation>
    </message>
    <message>
      <source>In session until {time}: reminders wait.</source>
      <translation>Im Termin bis {time}: Erinnerungen warten.</translation>
    </message>
    <message>
      <source>Reminders are paused until you resume them.</source>
      <translation>Erinnerungen sind pausiert, bis du sie fortsetzt.</translation>
    </message>
    <message>
      <source>Reminders are paused until {time}.</source>
      <translation>Erinnerungen sind pausiert bis {time}.</translation>
    </message>
    <message>
      <source>No more reminders today.</source>
      <translation>Heute keine weiteren Erinnerungen.</translation>
    </message>
    <message>
      <source>Next: {at}, {n}-minute gap before your {end}</source>
      <translation>Als Nächstes: {at}, {n} Minuten Lücke bis zu deinem Termin um {end}</translation>
    </message>
    <message>
      <source>Next: {at}, {n} minutes free until {end}</source>
      <translation>Als Nächstes: {at}, {n} Minuten frei bis {end}</translation>
    </message>
    <message>
      <source>Next: {at}</source>
      <translation>Als Nächstes: {at}</translation>
    </message>
    <message>
      <source> · 1 more gap today</source>
      <translation> · heute noch 1 Lücke</translation>
    </message>
    <message>
      <source> · {n} more gaps today</source>
      <translation> · heute noch {n} Lücken</translation>
    </message>
    <message>
      <source>Today's reminders</source>
      <translation>Heutige Erinnerungen</translation>
    </message>
    <message>
      <source>Reminder settings</source>
      <translation>Einstellungen für Erinnerungen</translation>
    </message>
    <message>
      <source>Open the reminder settings</source>
      <translation>Einstellungen der Erinnerungen öffnen</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <source>Mindful Clinic menu</source>
      <translation>Menü von Mindful Clinic</translation>
    </message>
    <message>
      <source>Mindful Clinic</source>
      <translation>Mindful Clinic</translation>
    </message>
    <message>
      <source>In session: reminders are off</source>
      <translation>Im Termin: Erinnerungen sind aus</translation>
    </message>
    <message>
      <source>In session until {time}</source>
      <translation>Im Termin bis {time}</translation>
    </message>
    <message>
      <source>Reminders paused until you resume them</source>
      <translation>Erinnerungen pausiert, bis du sie fortsetzt</translation>
    </message>
    <message>
      <source>Reminders paused until {time}</source>
      <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
      <source>No reminder planned</source>
      <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
      <source>Next reminder at {time}</source>
      <translation>Nächste Erinnerung um {time}</translation>
    </message>
    <message>
      <source>Start now</source>
      <translation>Jetzt starten</translation>
    </message>
    <message>
      <source>Snooze {n} minutes</source>
      <translation>{n} Minuten später erinnern</translation>
    </message>
    <message>
      <source>Skip this reminder</source>
      <translation>Diese Erinnerung überspringen</translation>
    </message>
    <message>
      <source>Start a quick practice</source>
      <translation>Eine kurze Übung starten</translation>
    </message>
    <message>
      <source>After a hard appointment</source>
      <translation>Nach einem schweren Termin</translation>
    </message>
    <message>
      <source>Resume reminders</source>
      <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
      <source>Pause reminders for 1 hour</source>
      <translation>Erinnerungen für 1 Stunde pausieren</translation>
    </message>
    <message>
      <source>Pause reminders until tomorrow</source>
      <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
      <source>Mute sounds</source>
      <translation>Klänge stummschalten</translation>
    </message>
    <message>
      <source>Open Mindful Clinic</source>
      <translation>Mindful Clinic öffnen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Mindful Clinic: {status}</source>
      <translation>Mindful Clinic: {status}</translation>
    </message>
  </context>
  <context>
    <name>VoiceButton</name>
    <message>
      <source>Voice: unavailable</source>
      <translation>Stimme: nicht verfügbar</translation>
    </message>
    <message>
      <source>Voice: on</source>
      <translation>Stimme: an</translation>
    </message>
    <message>
      <source>Voice: off</source>
      <translation>Stimme: aus</translation>
    </message>
    <message>
      <source>Speak the guidance aloud</source>
      <translation>Anleitung vorlesen</translation>
    </message>
  </context>
  <context>
    <name>VoiceSettingsWidget</name>
    <message>
      <source>Voice settings</source>
      <translation>Einstellungen der Stimme</translation>
    </message>
    <message>
      <source>Speak the guidance aloud (captions are always shown)</source>
      <translation>Anleitung vorlesen (der Text wird immer angezeigt)</translation>
    </message>
    <message>
      <source>Speak the guidance aloud</source>
      <translation>Anleitung vorlesen</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Stimme</translation>
    </message>
    <message>
      <source>Speaking speed: left slower, right faster</source>
      <translation>Sprechtempo: links langsamer, rechts schneller</translation>
    </message>
    <message>
      <source>Voice volume</source>
      <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
      <source>Try it</source>
      <translation>Ausprobieren</translation>
    </message>
    <message>
      <source>Hear a sample of the voice</source>
      <translation>Eine Hörprobe der Stimme abspielen</translation>
    </message>
    <message>
      <source>Speech engine status</source>
      <translation>Zustand der Sprachausgabe</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>Volume</source>
      <translation>Lautstärke</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Systemvorgabe</translation>
    </message>
    <message>
      <source>Speech engine ready.</source>
      <translation>Sprachausgabe bereit.</translation>
    </message>
    <message>
      <source>This is how the guidance will sound. You can stop at any time.</source>
      <translation>So wird die Anleitung klingen. Du kannst jederzeit aufhören.</translation>
    </message>
  </context>
  <context>
    <name>WorryLine</name>
    <message>
      <source>Worry time</source>
      <translation>Sorgenzeit</translation>
    </message>
    <message>
      <source>Look at it now</source>
      <translation>Jetzt ansehen</translation>
    </message>
    <message>
      <source>Look at the worry you parked, privately</source>
      <translation>Die geparkte Sorge ansehen, nur für dich</translation>
    </message>
    <message>
      <source>Snooze 10 min</source>
      <translation>In 10 Min. erinnern</translation>
    </message>
    <message>
      <source>Remind me of the worry in 10 minutes</source>
      <translation>In 10 Minuten an die Sorge erinnern</translation>
    </message>
  </context>
  <context>
    <name>WorryNoteView</name>
    <message>
      <source>Worry time</source>
      <translation>Sorgenzeit</translation>
    </message>
    <message>
      <source>The worry you parked</source>
      <translation>Die Sorge, die du geparkt hast</translation>
    </message>
    <message>
      <source>You parked this at %1. Fifteen minutes for it now, then let it rest.</source>
      <translation>Du hast das um %1 geparkt. Jetzt fünfzehn Minuten dafür, dann lass es ruhen.</translation>
    </message>
    <message>
      <source>Your worry</source>
      <translation>Deine Sorge</translation>
    </message>
    <message>
      <source>What could you do? What can only wait?</source>
      <translation>Was könntest du tun? Was kann nur warten?</translation>
    </message>
    <message>
      <source>Keep as a reflection</source>
      <translation>Als Reflexion behalten</translation>
    </message>
    <message>
      <source>Keep these words as a reflection</source>
      <translation>Diese Worte als Reflexion behalten</translation>
    </message>
    <message>
      <source>Let it go (Esc)</source>
      <translation>Loslassen (Esc)</translation>
    </message>
    <message>
      <source>Let the worry go; the note is deleted</source>
      <translation>Die Sorge loslassen; die Notiz wird gelöscht</translation>
    </message>
  </context>
  <context>
    <name>WorryTime</name>
    <message>
      <source>Parked until %1. You'll be reminded once.</source>
      <translation>Bis %1 geparkt. Du wirst einmal erinnert.</translation>
    </message>
    <message>
      <source>Worry time: the worry you parked at %1.</source>
      <translation>Sorgenzeit: die Sorge, die du um %1 geparkt hast.</translation>
    </message>
    <message>
      <source>Worry time</source>
      <translation>Sorgenzeit</translation>
    </message>
    <message>
      <source>Open Mindful Clinic</source>
      <translation>Mindful Clinic öffnen</translation>
    </message>
    <message>
      <source>Look at it now</source>
      <translation>Jetzt ansehen</translation>
    </message>
    <message>
      <source>Snooze 10 min</source>
      <translation>In 10 Min. erinnern</translation>
    </message>
    <message>
      <source>Your parked worries could not be saved: %1</source>
      <translation>Deine geparkten Sorgen konnten nicht gespeichert werden: %1</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>unrecognised arguments: %1</source>
      <translation>unbekannte Angaben: %1</translation>
    </message>
    <message>
      <source>%1 needs a value</source>
      <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
      <source>no display found, so the window cannot open (DISPLAY and WAYLAND_DISPLAY are not set); the commands, such as 'mindful-clinic log summary', work without one.</source>
      <translation>Kein Bildschirm gefunden, deshalb kann sich das Fenster nicht öffnen (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); die Befehle, etwa 'mindful-clinic log summary', funktionieren auch ohne.</translation>
    </message>
    <message>
      <source>--to must be later than --from on the same day</source>
      <translation>--to muss am selben Tag später sein als --from</translation>
    </message>
    <message>
      <source>cannot use calendar %1: %2</source>
      <translation>Kalender %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
      <source>%1: an event could not be used and was left out (%2); the other events are used</source>
      <translation>%1: Ein Termin konnte nicht verwendet werden und wurde weggelassen (%2); die anderen Termine werden verwendet</translation>
    </message>
    <message>
      <source>%1: %2 events could not be used and were left out (the first: %3); the other events are used</source>
      <translation>%1: %2 Termine konnten nicht verwendet werden und wurden weggelassen (der erste: %3); die anderen Termine werden verwendet</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <source>No gaps of %1 minutes or more between %2 and %3 on %4 %5.</source>
      <translation>Keine Lücken von %1 Minuten oder mehr zwischen %2 und %3 am %4 %5.</translation>
    </message>
    <message>
      <source>--date '%1' is not a date like 2026-03-30</source>
      <translation>--date '%1' ist kein Datum wie 2026-03-30</translation>
    </message>
    <message>
      <source>--date '%1' is outside the years %2 to %3</source>
      <translation>--date „%1“ liegt außerhalb der Jahre %2 bis %3</translation>
    </message>
    <message>
      <source>--min-minutes '%1' is not a whole number from 1 to %2</source>
      <translation>--min-minutes „%1“ ist keine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
      <source>the menu entry is for Linux desktops; on Windows and macOS the installer adds it</source>
      <translation>der Menüeintrag ist für Linux-Desktops; unter Windows und macOS legt ihn das Installationsprogramm an</translation>
    </message>
    <message>
      <source>could not add the menu entry: %1</source>
      <translation>der Menüeintrag konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
      <source>Added Mindful Clinic to your menu (%1 files under %2).</source>
      <translation>Mindful Clinic ist jetzt in deinem Menü (%1 Dateien unter %2).</translation>
    </message>
    <message>
      <source>could not remove the menu entry: %1</source>
      <translation>der Menüeintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
      <source>Removed Mindful Clinic from your menu (%1 files).</source>
      <translation>Mindful Clinic ist aus deinem Menü entfernt (%1 Dateien).</translation>
    </message>
    <message>
      <source>Mindful Clinic was not in your menu; nothing to remove.</source>
      <translation>Mindful Clinic war nicht in deinem Menü; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
      <source>say what to do, e.g. 'mindful-clinic group export --format csv'</source>
      <translation>sag, was getan werden soll, z. B. 'mindful-clinic group export --format csv'</translation>
    </message>
    <message>
      <source>'%1' is a folder; give a file name</source>
      <translation>'%1' ist ein Ordner; gib einen Dateinamen an</translation>
    </message>
    <message>
      <source>Wrote %1 group session(s) to %2</source>
      <translation>%1 Gruppensitzung(en) in %2 geschrieben</translation>
    </message>
    <message>
      <source>'%1' is not a date like 2026-03-31</source>
      <translation>'%1' ist kein Datum wie 2026-03-31</translation>
    </message>
    <message>
      <source>your practice log could not be read (%1); nothing was changed</source>
      <translation>Dein Übungsprotokoll konnte nicht gelesen werden (%1); nichts wurde verändert</translation>
    </message>
    <message>
      <source>your practice log cannot be opened: %1 is a file, not the log's folder. Move or rename that file; nothing was changed.</source>
      <translation>Dein Übungsprotokoll kann nicht geöffnet werden: %1 ist eine Datei, nicht der Ordner des Protokolls. Verschiebe diese Datei oder benenne sie um; nichts wurde verändert.</translation>
    </message>
    <message>
      <source>note: %1</source>
      <translation>Hinweis: %1</translation>
    </message>
    <message>
      <source>cannot write %1: the folder %2 does not exist</source>
      <translation>%1 kann nicht geschrieben werden: Den Ordner %2 gibt es nicht</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>Exported 1 record to %2</source>
      <translation>1 Eintrag nach %2 exportiert</translation>
    </message>
    <message>
      <source>Exported %1 records to %2</source>
      <translation>%1 Einträge nach %2 exportiert</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>%1 is not UTF-8 text; nothing was imported</source>
      <translation>%1 ist kein UTF-8-Text; nichts wurde importiert</translation>
    </message>
    <message>
      <source>%1: %2; nothing was imported</source>
      <translation>%1: %2; nichts wurde importiert</translation>
    </message>
    <message>
      <source>1 invalid row; nothing was imported. Fix it and run the import again.</source>
      <translation>1 ungültige Zeile; nichts wurde importiert. Korrigiere sie und starte den Import noch einmal.</translation>
    </message>
    <message>
      <source>%1 invalid rows; nothing was imported. Fix them and run the import again.</source>
      <translation>%1 ungültige Zeilen; nichts wurde importiert. Korrigiere sie und starte den Import noch einmal.</translation>
    </message>
    <message>
      <source>Imported 1 record; skipped %2 already in the log.</source>
      <translation>1 Eintrag importiert; %2 schon im Protokoll vorhandene übersprungen.</translation>
    </message>
    <message>
      <source>Imported %1 records; skipped %2 already in the log.</source>
      <translation>%1 Einträge importiert; %2 schon im Protokoll vorhandene übersprungen.</translation>
    </message>
    <message>
      <source>--from is after --to</source>
      <translation>--from liegt nach --to</translation>
    </message>
    <message>
      <source>--from %1 is after today</source>
      <translation>--from %1 liegt nach heute</translation>
    </message>
    <message>
      <source>%1 must be a whole number from 0 to 10 or none, not '%2'</source>
      <translation>%1 muss eine ganze Zahl von 0 bis 10 oder none sein, nicht '%2'</translation>
    </message>
    <message>
      <source>%1 must be from 0 to 10, not %2</source>
      <translation>%1 muss zwischen 0 und 10 liegen, nicht %2</translation>
    </message>
    <message>
      <source>say what to change: --stress-before, --stress-after or --note</source>
      <translation>sag, was sich ändern soll: --stress-before, --stress-after oder --note</translation>
    </message>
    <message>
      <source>not saved: %1</source>
      <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>Changed the practice of %1.</source>
      <translation>Die Übung vom %1 ist geändert.</translation>
    </message>
    <message>
      <source>Deleted the practice of %1.</source>
      <translation>Die Übung vom %1 ist gelöscht.</translation>
    </message>
    <message>
      <source>the reflection could not be saved: %1</source>
      <translation>die Reflexion konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>Noted (%1, %2 %3).</source>
      <translation>Notiert (%1, %2 %3).</translation>
    </message>
    <message>
      <source>No reflections yet.</source>
      <translation>Noch keine Reflexionen.</translation>
    </message>
    <message>
      <source>A small win</source>
      <translation>Ein kleiner Erfolg</translation>
    </message>
    <message>
      <source>Something learned</source>
      <translation>Etwas gelernt</translation>
    </message>
    <message>
      <source>Debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Anderes</translation>
    </message>
    <message>
      <source>Self-check trend: no self-checks recorded.</source>
      <translation>Verlauf der Selbstchecks: keine Selbstchecks erfasst.</translation>
    </message>
    <message>
      <source>Self-check trend (scores and dates only):</source>
      <translation>Verlauf der Selbstchecks (nur Werte und Daten):</translation>
    </message>
    <message>
      <source>burnout item %1/5</source>
      <translation>Burnout-Frage %1/5</translation>
    </message>
    <message>
      <source>Reflections: none chosen for this period.</source>
      <translation>Reflexionen: keine für diesen Zeitraum ausgewählt.</translation>
    </message>
    <message>
      <source>Reflections (%1):</source>
      <translation>Reflexionen (%1):</translation>
    </message>
    <message>
      <source>--reflections takes all or kinds from %1</source>
      <translation>--reflections nimmt all oder Arten aus %1</translation>
    </message>
    <message>
      <source>--count must be between 1 and 500</source>
      <translation>--count muss zwischen 1 und 500 liegen</translation>
    </message>
    <message>
      <source>calendar skipped: %1</source>
      <translation>Kalender übersprungen: %1</translation>
    </message>
    <message>
      <source>Reminders are paused until %1 %2.</source>
      <translation>Die Erinnerungen sind pausiert bis %1 %2.</translation>
    </message>
    <message>
      <source>In session: no reminders until you switch it off.</source>
      <translation>In einer Sitzung: keine Erinnerungen, bis du das ausschaltest.</translation>
    </message>
    <message>
      <source>No reminders in the next 8 days (see the rules in the app's reminder settings).</source>
      <translation>Keine Erinnerungen in den nächsten 8 Tagen (sieh dir die Regeln in den Erinnerungseinstellungen der App an).</translation>
    </message>
    <message>
      <source>gap of %1 min, free until %2</source>
      <translation>Lücke von %1 Min., frei bis %2</translation>
    </message>
    <message>
      <source>fixed</source>
      <translation>feste Zeit</translation>
    </message>
    <message>
      <source>interval</source>
      <translation>Abstand</translation>
    </message>
    <message>
      <source>gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <source>; suggests %1, %2 min</source>
      <translation>; schlägt %1 vor, %2 Min.</translation>
    </message>
    <message>
      <source>; suggests %1</source>
      <translation>; schlägt %1 vor</translation>
    </message>
    <message>
      <source>note: your reminder settings could not be read (%1), so the defaults are used; %2 is left as it is, and a copy of it is kept before a change is saved over it.</source>
      <translation>Hinweis: Deine Erinnerungseinstellungen konnten nicht gelesen werden (%1), deshalb gelten die Standardeinstellungen; %2 bleibt, wie sie ist, und bevor eine Änderung darüber gespeichert wird, wird eine Kopie davon aufbewahrt.</translation>
    </message>
    <message>
      <source>note: a reminder setting could not be read and is not used (%1); the others are used, and it stays in %2 as written.</source>
      <translation>Hinweis: Eine Erinnerungseinstellung konnte nicht gelesen werden und wird nicht verwendet (%1); die anderen werden verwendet, und sie bleibt so in %2, wie sie geschrieben wurde.</translation>
    </message>
    <message>
      <source>note: %1 reminder settings could not be read and are not used (the first: %2); the others are used, and they stay in %3 as written.</source>
      <translation>Hinweis: %1 Erinnerungseinstellungen konnten nicht gelesen werden und werden nicht verwendet (die erste: %2); die anderen werden verwendet, und sie bleiben so in %3, wie sie geschrieben wurden.</translation>
    </message>
    <message>
      <source>note: your settings file could not be read, so the default settings are used; it was left where it is (%1).</source>
      <translation>Hinweis: Deine Einstellungsdatei konnte nicht gelesen werden, deshalb gelten die Standardeinstellungen; sie wurde an ihrem Ort gelassen (%1).</translation>
    </message>
    <message>
      <source>could not save the reminder rules: %1</source>
      <translation>die Erinnerungsregeln konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>note: a copy of your earlier reminder settings was kept as %1.</source>
      <translation>Hinweis: Eine Kopie deiner bisherigen Erinnerungseinstellungen wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
      <source>%1 '%2' is not a whole number</source>
      <translation>%1 '%2' ist keine ganze Zahl</translation>
    </message>
    <message>
      <source>give either --at HH:MM or --every N</source>
      <translation>gib entweder --at HH:MM oder --every N an</translation>
    </message>
    <message>
      <source>--from and --to go with --every, not --at</source>
      <translation>--from und --to gehören zu --every, nicht zu --at</translation>
    </message>
    <message>
      <source>--minutes goes with --practice</source>
      <translation>--minutes gehört zu --practice</translation>
    </message>
    <message>
      <source>no practice with id '%1' (see: mindful-clinic practices)</source>
      <translation>keine Übung mit der ID '%1' (siehe: mindful-clinic practices)</translation>
    </message>
    <message>
      <source>--every must be between 5 and 1440 minutes</source>
      <translation>--every muss zwischen 5 und 1440 Minuten liegen</translation>
    </message>
    <message>
      <source>%1 '%2' is not a time like 14:05</source>
      <translation>%1 „%2“ ist keine Uhrzeit wie 14:05</translation>
    </message>
    <message>
      <source>Added %1: %2</source>
      <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
      <source>No reminder rules.</source>
      <translation>Keine Erinnerungsregeln.</translation>
    </message>
    <message>
      <source>(off)</source>
      <translation>(aus)</translation>
    </message>
    <message>
      <source>no reminder rule with id '%1' (see: mindful-clinic reminders list)</source>
      <translation>keine Erinnerungsregel mit der ID '%1' (siehe: mindful-clinic reminders list)</translation>
    </message>
    <message>
      <source>Removed %1.</source>
      <translation>%1 entfernt.</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>um %1</translation>
    </message>
    <message>
      <source>every %1 min</source>
      <translation>alle %1 Min.</translation>
    </message>
    <message>
      <source> from %1 to %2</source>
      <translation> von %1 bis %2</translation>
    </message>
    <message>
      <source>in calendar gaps</source>
      <translation>in Kalenderlücken</translation>
    </message>
    <message>
      <source> on %1</source>
      <translation> an %1</translation>
    </message>
    <message>
      <source>, suggests %1 (%2 min)</source>
      <translation>, schlägt %1 vor (%2 Min.)</translation>
    </message>
    <message>
      <source>, suggests %1</source>
      <translation>, schlägt %1 vor</translation>
    </message>
    <message>
      <source>--date '%1' is not a date like 2026-03-31</source>
      <translation>--date '%1' ist kein Datum wie 2026-03-31</translation>
    </message>
    <message>
      <source>selfcheck add needs --who5 A,B,C,D,E (five answers, each 0-5)</source>
      <translation>selfcheck add braucht --who5 A,B,C,D,E (fünf Antworten, jede 0-5)</translation>
    </message>
    <message>
      <source>--who5 '%1' must be five whole numbers from 0 to 5, like 3,4,2,3,3</source>
      <translation>--who5 '%1' müssen fünf ganze Zahlen von 0 bis 5 sein, etwa 3,4,2,3,3</translation>
    </message>
    <message>
      <source>selfcheck add needs --burnout N (the burnout answer, 1-5)</source>
      <translation>selfcheck add braucht --burnout N (die Burnout-Antwort, 1-5)</translation>
    </message>
    <message>
      <source>--burnout must be a whole number from 1 to 5 (not %1)</source>
      <translation>--burnout muss eine ganze Zahl von 1 bis 5 sein (nicht %1)</translation>
    </message>
    <message>
      <source>the self-check could not be saved: %1</source>
      <translation>der Selbstcheck konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>Self-check for %1 %2</source>
      <translation>Selbstcheck vom %1 %2</translation>
    </message>
    <message>
      <source>WHO-5: %1 of 25 (%2 %): %3</source>
      <translation>WHO-5: %1 von 25 (%2 %): %3</translation>
    </message>
    <message>
      <source>Burnout (single item): %1 of 5</source>
      <translation>Burnout (Einzelfrage): %1 von 5</translation>
    </message>
    <message>
      <source>No self-checks yet.</source>
      <translation>Noch keine Selbstchecks.</translation>
    </message>
    <message>
      <source>WHO-5 %1/25 (%2 %, %3)</source>
      <translation>WHO-5 %1/25 (%2 %, %3)</translation>
    </message>
    <message>
      <source>support message shown</source>
      <translation>Hinweis auf Unterstützung gezeigt</translation>
    </message>
    <message>
      <source>give either a folder (sync folder PATH) or --off</source>
      <translation>gib entweder einen Ordner (sync folder PFAD) oder --off an</translation>
    </message>
    <message>
      <source>No synced folder was set; your log is on this computer.</source>
      <translation>Es war kein synchronisierter Ordner eingestellt; dein Protokoll ist auf diesem Computer.</translation>
    </message>
    <message>
      <source>Stopped using %1, which cannot be found now. Your practices saved there are still in it; choose it again when it is back to see them.</source>
      <translation>%1 wird nicht mehr verwendet; der Ordner ist gerade nicht zu finden. Deine dort gespeicherten Übungen sind noch darin; wähle ihn wieder, sobald er zurück ist, dann siehst du sie.</translation>
    </message>
    <message>
      <source>Stopped using %1. A complete copy of your log is on this computer.</source>
      <translation>%1 wird nicht mehr verwendet. Eine vollständige Kopie deines Protokolls ist auf diesem Computer.</translation>
    </message>
    <message>
      <source>%1 does not exist. Choose the folder your sync service keeps in step, or make it first.</source>
      <translation>%1 gibt es nicht. Wähle den Ordner, den dein Sync-Dienst abgleicht, oder lege ihn zuerst an.</translation>
    </message>
    <message>
      <source>Your log is now kept in %1, under devices/ (one folder per computer).</source>
      <translation>Dein Protokoll liegt jetzt in %1, unter devices/ (ein Ordner pro Computer).</translation>
    </message>
    <message>
      <source>This computer is now called %1.</source>
      <translation>Dieser Computer heißt jetzt %1.</translation>
    </message>
    <message>
      <source>Not syncing. This computer: %1 (%2).</source>
      <translation>Keine Synchronisierung. Dieser Computer: %1 (%2).</translation>
    </message>
    <message>
      <source>Synced folder: %1</source>
      <translation>Synchronisierter Ordner: %1</translation>
    </message>
    <message>
      <source>This computer: %1 (%2)</source>
      <translation>Dieser Computer: %1 (%2)</translation>
    </message>
    <message>
      <source>Computers:</source>
      <translation>Computer:</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>(this computer)</source>
      <translation>(dieser Computer)</translation>
    </message>
    <message>
      <source>%1 (%2): %3 records, last write %4</source>
      <translation>%1 (%2): %3 Einträge, zuletzt geschrieben %4</translation>
    </message>
    <message>
      <source>Conflict copies merged: %1</source>
      <translation>Zusammengeführte Konfliktkopien: %1</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <source>bundle</source>
      <translation>Paket</translation>
    </message>
    <message>
      <source>found</source>
      <translation>gefunden</translation>
    </message>
    <message>
      <source>not found</source>
      <translation>nicht gefunden</translation>
    </message>
    <message>
      <source>(writable: %1)</source>
      <translation>(beschreibbar: %1)</translation>
    </message>
    <message>
      <source>%1 (your data is as private as the sync service that keeps this folder)</source>
      <translation>%1 (deine Daten sind so privat wie der Sync-Dienst, der diesen Ordner verwaltet)</translation>
    </message>
    <message>
      <source>none (your data stays on this computer)</source>
      <translation>keiner (deine Daten bleiben auf diesem Computer)</translation>
    </message>
    <message>
      <source>Practices found:</source>
      <translation>Gefundene Übungen:</translation>
    </message>
    <message>
      <source>Sounds found:</source>
      <translation>Gefundene Klänge:</translation>
    </message>
    <message>
      <source>Translations:</source>
      <translation>Übersetzungen:</translation>
    </message>
    <message>
      <source>Data folder:</source>
      <translation>Datenordner:</translation>
    </message>
    <message>
      <source>Sound output:</source>
      <translation>Tonausgabe:</translation>
    </message>
    <message>
      <source>Speech engine:</source>
      <translation>Sprachausgabe:</translation>
    </message>
    <message>
      <source>Tray icon:</source>
      <translation>Symbol im Infobereich:</translation>
    </message>
    <message>
      <source>Notifications:</source>
      <translation>Benachrichtigungen:</translation>
    </message>
    <message>
      <source>Clinic defaults:</source>
      <translation>Vorgaben der Klinik:</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>(loaded)</source>
      <translation>(geladen)</translation>
    </message>
    <message>
      <source>problem: %1</source>
      <translation>Problem: %1</translation>
    </message>
    <message>
      <source>Sync folder:</source>
      <translation>Sync-Ordner:</translation>
    </message>
    <message>
      <source>note: your settings file could not be read, so the default settings are used; the damaged file was kept as %1.</source>
      <translation>Hinweis: Deine Einstellungsdatei konnte nicht gelesen werden, deshalb gelten die Standardeinstellungen; die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
      <source>Cannot run: %1</source>
      <translation>Kann nicht laufen: %1</translation>
    </message>
    <message>
      <source>The app can run here.</source>
      <translation>Die App kann hier laufen.</translation>
    </message>
    <message>
      <source>Problems: %1</source>
      <translation>Probleme: %1</translation>
    </message>
    <message>
      <source>the first session</source>
      <translation>der ersten Übung</translation>
    </message>
    <message>
      <source>today</source>
      <translation>heute</translation>
    </message>
    <message>
      <source>Practice log summary, %1 to %2</source>
      <translation>Zusammenfassung des Übungsprotokolls, %1 bis %2</translation>
    </message>
    <message>
      <source>Sessions: %1 (%2 completed, %3 ended early)</source>
      <translation>Übungen: %1 (%2 zu Ende geführt, %3 früher beendet)</translation>
    </message>
    <message>
      <source>Time practising: %1 minutes</source>
      <translation>Zeit beim Üben: %1 Minuten</translation>
    </message>
    <message>
      <source>By practice:</source>
      <translation>Nach Übung:</translation>
    </message>
    <message>
      <source>  %1: 1 session, %2 min</source>
      <translation>  %1: 1 Mal, %2 Min.</translation>
    </message>
    <message>
      <source>  %1: %3 sessions, %2 min</source>
      <translation>  %1: %3 Mal, %2 Min.</translation>
    </message>
    <message>
      <source>Stress ratings (0-10) before and after, %1 sessions rated both times:</source>
      <translation>Stress (0–10) vorher und nachher, %1 Übungen beide Male eingeschätzt:</translation>
    </message>
    <message>
      <source>  median change %1 points (interquartile range %2 to %3)</source>
      <translation>  Median der Veränderung %1 Punkte (Interquartilsabstand %2 bis %3)</translation>
    </message>
    <message>
      <source>  of the %1 that did not start at 0: %2 lower afterwards, %3 the same, %4 higher</source>
      <translation>  von den %1, die nicht bei 0 begannen: %2 danach niedriger, %3 gleich, %4 höher</translation>
    </message>
    <message>
      <source>  %1 started at 0, so could not go lower: %2 stayed at 0 and %3 rose</source>
      <translation>  %1 begannen bei 0 und konnten nicht tiefer gehen: %2 blieben bei 0, %3 stiegen</translation>
    </message>
    <message>
      <source>  %1: %2 rated, median change %3; %4 lower, %5 the same, %6 higher</source>
      <translation>  %1: %2 eingeschätzt, Median der Veränderung %3; %4 niedriger, %5 gleich, %6 höher</translation>
    </message>
    <message>
      <source>, %1 started at 0</source>
      <translation>, %1 begannen bei 0</translation>
    </message>
    <message>
      <source>Stress ratings: no session in this period was rated both before and after.</source>
      <translation>Stress: Keine Übung in diesem Zeitraum wurde vorher und nachher eingeschätzt.</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Hinweis: %1</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>This sets each practice beside your own quiet rest of the same kind: the fairest comparison this app can offer. It is still not a trial: you chose when to do each, and you knew which was which.</source>
      <translation>Hier steht jede Übung neben deiner eigenen stillen Ruhe derselben Art: der fairste Vergleich, den diese App bieten kann. Eine Studie ist es trotzdem nicht: Du hast selbst gewählt, wann du was machst, und wusstest, was was war.</translation>
    </message>
    <message>
      <source>One small way you helped someone today</source>
      <translation>Eine kleine Sache, mit der du heute jemandem geholfen hast</translation>
    </message>
    <message>
      <source>Something a client moved towards, however small</source>
      <translation>Ein Schritt, den eine Patientin oder ein Patient gemacht hat, so klein er auch war</translation>
    </message>
    <message>
      <source>One thing you'd do differently next time</source>
      <translation>Eine Sache, die du beim nächsten Mal anders machen würdest</translation>
    </message>
    <message>
      <source>What you're leaving at work tonight</source>
      <translation>Was du heute Abend bei der Arbeit lässt</translation>
    </message>
    <message>
      <source>Something that went a little better than you expected</source>
      <translation>Etwas, das ein bisschen besser lief als erwartet</translation>
    </message>
    <message>
      <source>Something you noticed about how you work today</source>
      <translation>Etwas, das dir heute an deiner Art zu arbeiten aufgefallen ist</translation>
    </message>
    <message>
      <source>The hardest moment today, in a few words, without judging it</source>
      <translation>Der schwerste Moment heute, in ein paar Worten, ohne ihn zu bewerten</translation>
    </message>
    <message>
      <source>Someone you'd like to thank, even if only in your head</source>
      <translation>Jemand, dem du danken möchtest, und sei es nur in Gedanken</translation>
    </message>
    <message>
      <source>Personal burnout</source>
      <translation>Persönliches Burnout</translation>
    </message>
    <message>
      <source>Work-related burnout</source>
      <translation>Arbeitsbezogenes Burnout</translation>
    </message>
    <message>
      <source>Patient-related burnout</source>
      <translation>Patientenbezogenes Burnout</translation>
    </message>
    <message>
      <source>These self-checks are for your own reflection. They are not a diagnosis and cannot tell you whether you have burnout or depression; only a conversation with a qualified professional can.</source>
      <translation>Diese Selbstchecks dienen deiner eigenen Reflexion. Sie sind keine Diagnose und können dir nicht sagen, ob du ein Burnout oder eine Depression hast; das kann nur ein Gespräch mit einer qualifizierten Fachperson.</translation>
    </message>
    <message>
      <source>Good well-being</source>
      <translation>Gutes Wohlbefinden</translation>
    </message>
    <message>
      <source>Your answers describe a reasonable fortnight overall.</source>
      <translation>Deine Antworten beschreiben alles in allem zwei ordentliche Wochen.</translation>
    </message>
    <message>
      <source>Lower well-being</source>
      <translation>Geringeres Wohlbefinden</translation>
    </message>
    <message>
      <source>Your answers describe a harder fortnight than many people report. It can help to talk it over with someone you trust, and to look again in a couple of weeks.</source>
      <translation>Deine Antworten beschreiben zwei schwerere Wochen, als viele Menschen sie angeben. Es kann helfen, mit jemandem darüber zu sprechen, dem du vertraust, und in ein paar Wochen noch einmal hinzuschauen.</translation>
    </message>
    <message>
      <source>Very low well-being</source>
      <translation>Sehr geringes Wohlbefinden</translation>
    </message>
    <message>
      <source>Your answers describe a fortnight that has been hard going. You don't have to carry that on your own.</source>
      <translation>Deine Antworten beschreiben zwei Wochen, die schwer waren. Das musst du nicht allein tragen.</translation>
    </message>
    <message>
      <source>You describe enjoying your work, with no signs of burnout.</source>
      <translation>Du beschreibst, dass dir deine Arbeit Freude macht, ohne Anzeichen von Burnout.</translation>
    </message>
    <message>
      <source>You describe some stress and less energy, but not burnout.</source>
      <translation>Du beschreibst etwas Stress und weniger Energie, aber kein Burnout.</translation>
    </message>
    <message>
      <source>You describe burning out, with at least one sign of it.</source>
      <translation>Du beschreibst, dass du ausbrennst, mit mindestens einem Anzeichen dafür.</translation>
    </message>
    <message>
      <source>You describe signs of burnout that are not going away.</source>
      <translation>Du beschreibst Anzeichen von Burnout, die nicht weggehen.</translation>
    </message>
    <message>
      <source>You describe feeling completely burned out.</source>
      <translation>Du beschreibst, dass du dich völlig ausgebrannt fühlst.</translation>
    </message>
    <message>
      <source>Thank you for taking a moment to check in with yourself. Your answers suggest things have been heavy lately, and you don't have to manage that alone. Talking to someone can help: occupational health, your employee assistance programme, your GP or your own clinician, or a confidential support line for health workers. If you ever feel unable to keep yourself safe, the crisis lines are there day and night.</source>
      <translation>Danke, dass du dir einen Moment für dich genommen hast. Deine Antworten deuten darauf hin, dass es in letzter Zeit schwer war, und damit musst du nicht allein zurechtkommen. Mit jemandem zu sprechen kann helfen: dem betriebsärztlichen Dienst, dem Beratungsangebot deines Arbeitgebers, deiner Hausärztin oder deinem Hausarzt, deiner eigenen Behandlerin oder deinem eigenen Behandler, oder einem vertraulichen Gesprächsangebot für Menschen in Gesundheitsberufen. Wenn du dich einmal nicht mehr in der Lage fühlst, dich selbst zu schützen, sind die Krisentelefone Tag und Nacht für dich da.</translation>
    </message>
    <message>
      <source>On the high side (50 or more, a common convention rather than a cut-off)</source>
      <translation>Eher hoch (50 oder mehr, eine gängige Konvention, kein fester Grenzwert)</translation>
    </message>
    <message>
      <source>Below 50, the level often used to mark high burnout</source>
      <translation>Unter 50, dem Wert, der oft für hohes Burnout verwendet wird</translation>
    </message>
    <message>
      <source> (custom)</source>
      <translation> (eigene)</translation>
    </message>
    <message>
      <source>Category: {category}</source>
      <translation>Kategorie: {category}</translation>
    </message>
    <message>
      <source>Lengths: {lengths} (shown below: {shown})</source>
      <translation>Dauer: {lengths} (unten gezeigt: {shown})</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <source>Eyes</source>
      <translation>Augen</translation>
    </message>
    <message>
      <source>Posture</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <source>Steady place to return to</source>
      <translation>Ein ruhiger Ort zum Zurückkehren</translation>
    </message>
    <message>
      <source>Supportive touch</source>
      <translation>Unterstützende Berührung</translation>
    </message>
    <message>
      <source>Feet to head</source>
      <translation>Von den Füßen zum Kopf</translation>
    </message>
    <message>
      <source>Head to feet</source>
      <translation>Vom Kopf zu den Füßen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Gaze lowered</source>
      <translation>Blick gesenkt</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Geschlossen</translation>
    </message>
    <message>
      <source>Sitting</source>
      <translation>Sitzend</translation>
    </message>
    <message>
      <source>Lying down</source>
      <translation>Liegend</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Stehend</translation>
    </message>
    <message>
      <source>The breath</source>
      <translation>Der Atem</translation>
    </message>
    <message>
      <source>Sounds around you</source>
      <translation>Geräusche um dich herum</translation>
    </message>
    <message>
      <source>Feet on the floor</source>
      <translation>Füße auf dem Boden</translation>
    </message>
    <message>
      <source>Your hands</source>
      <translation>Deine Hände</translation>
    </message>
    <message>
      <source>Something in view</source>
      <translation>Etwas, das du siehst</translation>
    </message>
    <message>
      <source>Hand on heart</source>
      <translation>Hand aufs Herz</translation>
    </message>
    <message>
      <source>One hand on heart, one on belly</source>
      <translation>Eine Hand auf dem Herzen, eine auf dem Bauch</translation>
    </message>
    <message>
      <source>Hand on cheek</source>
      <translation>Hand an der Wange</translation>
    </message>
    <message>
      <source>A gentle self-hug</source>
      <translation>Eine sanfte Umarmung für dich selbst</translation>
    </message>
    <message>
      <source>One hand holding the other</source>
      <translation>Eine Hand hält die andere</translation>
    </message>
    <message>
      <source>No touch: just notice your hands resting</source>
      <translation>Keine Berührung: nur spüren, wie deine Hände ruhen</translation>
    </message>
    <message>
      <source>Someone easy to care about</source>
      <translation>Jemand, den du leicht ins Herz schließt</translation>
    </message>
    <message>
      <source>Yourself</source>
      <translation>Du selbst</translation>
    </message>
    <message>
      <source>Colleagues or your team</source>
      <translation>Kolleginnen und Kollegen oder dein Team</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>{words} ({value}, default)</source>
      <translation>{words} ({value}, Voreinstellung)</translation>
    </message>
    <message>
      <source>regions that can be skipped: {names}</source>
      <translation>Bereiche, die ausgelassen werden können: {names}</translation>
    </message>
    <message>
      <source>kind-wishes focus (any of): {foci}</source>
      <translation>Empfänger der guten Wünsche (beliebig viele): {foci}</translation>
    </message>
    <message>
      <source>Choices before starting:</source>
      <translation>Auswahl vor dem Start:</translation>
    </message>
    <message>
      <source>length {length}</source>
      <translation>Dauer {length}</translation>
    </message>
    <message>
      <source>skipping {regions}</source>
      <translation>ausgelassen: {regions}</translation>
    </message>
    <message>
      <source>focus {foci}</source>
      <translation>Wünsche für {foci}</translation>
    </message>
    <message>
      <source>Steps ({settings}):</source>
      <translation>Schritte ({settings}):</translation>
    </message>
    <message>
      <source>region {region}</source>
      <translation>Bereich {region}</translation>
    </message>
    <message>
      <source>cue {cue}</source>
      <translation>Klang {cue}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Bildschirm</translation>
    </message>
    <message>
      <source>{name}, {width} x {height} (main screen)</source>
      <translation>{name}, {width} x {height} (Hauptbildschirm)</translation>
    </message>
    <message>
      <source>{name}, {width} x {height}</source>
      <translation>{name}, {width} x {height}</translation>
    </message>
    <message>
      <source>Voice</source>
      <translation>Stimme</translation>
    </message>
    <message>
      <source>Breathing</source>
      <translation>Atmung</translation>
    </message>
    <message>
      <source>Body scan</source>
      <translation>Body-Scan</translation>
    </message>
    <message>
      <source>Self-compassion</source>
      <translation>Selbstmitgefühl</translation>
    </message>
    <message>
      <source>Thinking skills</source>
      <translation>Gedanken sortieren</translation>
    </message>
    <message>
      <source>Rest and recovery</source>
      <translation>Ruhe und Erholung</translation>
    </message>
    <message>
      <source>Quick resets</source>
      <translation>Kurze Pausen</translation>
    </message>
    <message>
      <source>Phases (one breath):</source>
      <translation>Phasen (ein Atemzug):</translation>
    </message>
    <message>
      <source>Breathe in</source>
      <translation>Einatmen</translation>
    </message>
    <message>
      <source>Top-up breath in</source>
      <translation>Nachatmen</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Halten</translation>
    </message>
    <message>
      <source>Breathe out</source>
      <translation>Ausatmen</translation>
    </message>
    <message>
      <source> (optional hold, can be switched off)</source>
      <translation> (freiwillige Pause, lässt sich ausschalten)</translation>
    </message>
    <message>
      <source>  One breath: {seconds} s ({rate} breaths a minute)</source>
      <translation>  Ein Atemzug: {seconds} s ({rate} Atemzüge pro Minute)</translation>
    </message>
    <message>
      <source>  Without holds: {seconds} s a breath</source>
      <translation>  Ohne Pausen: {seconds} s pro Atemzug</translation>
    </message>
    <message>
      <source>  Tempo can be scaled from 0.75x to 1.25x; the ratio stays the same.</source>
      <translation>  Das Tempo lässt sich von 0,75x bis 1,25x ändern; das Verhältnis bleibt gleich.</translation>
    </message>
    <message>
      <source>  Also offered self-paced: breathe at your own speed and mark each breath.</source>
      <translation>  Auch im eigenen Tempo: atme so schnell, wie es dir passt, und markiere jeden Atemzug.</translation>
    </message>
    <message>
      <source>Lengths:</source>
      <translation>Dauer:</translation>
    </message>
    <message>
      <source>the usual practice</source>
      <translation>die übliche Übung</translation>
    </message>
    <message>
      <source>for experienced users</source>
      <translation>für Geübte</translation>
    </message>
    <message>
      <source>  {n} breaths ({usual}): {s} s, or {bare} s without holds</source>
      <translation>  {n} Atemzüge ({usual}): {s} s, oder {bare} s ohne Pausen</translation>
    </message>
    <message>
      <source> (quick reset: shorter than the studied 5 minutes)</source>
      <translation> (kurze Pause: kürzer als die untersuchten 5 Minuten)</translation>
    </message>
    <message>
      <source>, capped at {n} breaths</source>
      <translation>, begrenzt auf {n} Atemzüge</translation>
    </message>
    <message>
      <source>  chosen {minutes} min -&gt; {n} breaths, {seconds} s</source>
      <translation>  gewählt {minutes} Min. -&gt; {n} Atemzüge, {seconds} s</translation>
    </message>
    <message>
      <source>Cautions:</source>
      <translation>Hinweise zur Sicherheit:</translation>
    </message>
    <message>
      <source>(unknown caution {id})</source>
      <translation>(unbekannter Hinweis {id})</translation>
    </message>
    <message>
      <source>Evidence:</source>
      <translation>Belege:</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Quellen:</translation>
    </message>
    <message>
      <source>These are your own before-and-after ratings with no comparison condition: they show how you felt, not that a practice works (time passing, expectation and regression to the mean also lower ratings).</source>
      <translation>Das sind deine eigenen Einschätzungen vorher und nachher, ohne Vergleichsbedingung: Sie zeigen, wie es dir ging, nicht, dass eine Übung wirkt (auch die verstrichene Zeit, Erwartungen und die Regression zur Mitte senken die Werte).</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>Choose the folder your sync service keeps in step</source>
      <translation>Wähle den Ordner, den dein Sync-Dienst abgleicht</translation>
    </message>
  </context>
</TS>
