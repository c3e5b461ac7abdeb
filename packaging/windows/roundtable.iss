; Inno Setup 6 script: a per-user installer for the folder build in dist\roundtable.
; Build the folder first (see README, "Install"), then from the repository folder:
;   iscc packaging\windows\roundtable.iss
; The installer is written to dist\Roundtable-<version>-setup.exe. It needs no
; administrator rights: Roundtable goes to %LOCALAPPDATA%\Programs\Roundtable, with a
; Start-menu entry and an uninstaller (Settings > Apps). The data folder,
; %LOCALAPPDATA%\roundtable, is never touched: uninstalling keeps every session.

; Kept equal to roundtable.__version__ by a test; `iscc /DAppVersion=X` overrides it.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{D721475E-FF5F-41DD-B453-64D023476768}
AppName=Roundtable
AppVersion={#AppVersion}
AppVerName=Roundtable {#AppVersion}
AppPublisher=Roundtable
PrivilegesRequired=lowest
; With the lowest privileges {autopf} is %LOCALAPPDATA%\Programs.
DefaultDirName={autopf}\Roundtable
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Roundtable-{#AppVersion}-setup
; Rendered from resources\icons\roundtable.svg by the PyInstaller spec.
SetupIconFile=build\icons\roundtable.ico
UninstallDisplayIcon={app}\roundtablew.exe
UninstallDisplayName=Roundtable
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\roundtable\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version's folder replaces the old one whole: no stale libraries left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; roundtablew.exe is the same program without a console window.
Name: "{autoprograms}\Roundtable"; Filename: "{app}\roundtablew.exe"
Name: "{autodesktop}\Roundtable"; Filename: "{app}\roundtablew.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\roundtablew.exe"; Description: "{cm:LaunchProgram,Roundtable}"; Flags: nowait postinstall skipifsilent
