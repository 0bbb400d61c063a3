<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ChipGroup</name>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HomeView</name>
    <message numerus="yes">
      <source>I have %n+ minutes</source>
      <translation>
        <numerusform>I have %n+ minute</numerusform>
        <numerusform>I have %n+ minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I have %n minutes</source>
      <translation>
        <numerusform>I have %n minute</numerusform>
        <numerusform>I have %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogActions</name>
    <message numerus="yes">
      <source>Exported %n practices to %1.</source>
      <translation>
        <numerusform>Exported %n practice to %1.</numerusform>
        <numerusform>Exported %n practices to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n practices.</source>
      <translation>
        <numerusform>Imported %n practice.</numerusform>
        <numerusform>Imported %n practices.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n were already in your log and were skipped.</source>
      <translation>
        <numerusform>%n was already in your log and was skipped.</numerusform>
        <numerusform>%n were already in your log and were skipped.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n notes to %1.</source>
      <translation>
        <numerusform>Exported %n note to %1.</numerusform>
        <numerusform>Exported %n notes to %1.</numerusform>
      </translation>
    </message>
  </context>
</TS>
