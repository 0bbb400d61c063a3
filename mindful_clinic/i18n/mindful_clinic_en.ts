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
</TS>
