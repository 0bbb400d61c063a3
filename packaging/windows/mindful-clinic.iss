; Inno Setup script: a per-user installer for the PyInstaller folder dist\mindful-clinic.
; Built by .github/workflows/bundle.yml:  iscc /DAppVersion=0.1.0 packaging\windows\mindful-clinic.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1E7F3A-2B7D-4C55-9B0E-5D6F1A2B3C4D}
AppName=mindful clinic
AppVersion={#AppVersion}
AppPublisher=mindful_clinic developers
DefaultDirName={localappdata}\Programs\mindful clinic
DefaultGroupName=mindful clinic
; Per user: no administrator rights needed on a locked-down hospital PC. IT deploying to every
; machine runs the installer with /ALLUSERS /VERYSILENT instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputDir=..\..\dist
OutputBaseFilename=mindful-clinic-{#AppVersion}-setup
SetupIconFile=..\mindful-clinic.ico
UninstallDisplayIcon={app}\mindful-clinic.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\mindful-clinic\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\mindful clinic"; Filename: "{app}\mindful-clinic.exe"
Name: "{group}\Breathe for a minute"; Filename: "{app}\mindful-clinic.exe"; Parameters: "--start resonance_5_5:60"
Name: "{group}\If you are struggling"; Filename: "{app}\mindful-clinic.exe"; Parameters: "--open support"

[Run]
Filename: "{app}\mindful-clinic.exe"; Description: "Open mindful clinic"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Remove the start-at-login entry if the user switched it on (HKCU Run value).
Filename: "reg.exe"; Parameters: "delete HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v mindful_clinic /f"; Flags: runhidden; RunOnceId: "autostart"
