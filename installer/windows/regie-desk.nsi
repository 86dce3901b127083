# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# Windows installer for regie-desk (NSIS 3, Unicode). Built on a Windows runner after
# `cmake --install` and windeployqt have filled STAGE (see docs/WINDOWS.md and
# .github/workflows/windows-desk.yml):
#
#   makensis /DSTAGE=<folder with regie-desk.exe and its Qt DLLs> /DSOURCE=<checkout>
#            /DVERSION=0.1.0 /DOUTFILE=regie-desk-0.1.0-setup.exe installer\windows\regie-desk.nsi
#
# Per machine (Program Files, all users' start menu, needs an administrator). The address of
# regie-server is asked once at install time, or given for an unattended roll-out:
#
#   regie-desk-0.1.0-setup.exe /S /SERVER=https://regie.utrecht.nl
#
# and written to HKLM\Software\Gemeente Utrecht\regie-desk, value "server". regie-desk
# reads it through QSettings, which falls back from the user's own settings to this
# machine-wide key, so every medewerker starts with the organisation's address.
# The uninstaller removes the program, the shortcut, the uninstall entry and that key.

# The installer is a 32-bit program (the stubs every NSIS has) that installs the 64-bit
# program with the 64-bit registry view. /DTARGET_AMD64 makes a 64-bit installer where NSIS
# has the amd64 stubs (Debian's has; the test under wine64 uses it).
!ifdef TARGET_AMD64
  Target amd64-unicode
!else
  Unicode true
!endif
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef STAGE
  !error "STAGE is not defined: the folder with regie-desk.exe and the DLLs windeployqt gathered"
!endif
!ifndef SOURCE
  !error "SOURCE is not defined: the Regie checkout (for LICENSE and the icon)"
!endif
!ifndef VERSION
  !error "VERSION is not defined, e.g. /DVERSION=0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "regie-desk-${VERSION}-setup.exe"
!endif
# A stage without the program means windeployqt or cmake --install did not run: stop here
# rather than ship an installer that installs nothing.
!if ! /FileExists "${STAGE}\regie-desk.exe"
  !error "${STAGE}\regie-desk.exe is missing: run cmake --install and windeployqt first"
!endif

!define APP_NAME "Regie Desk"
!define PUBLISHER "Gemeente Utrecht"
# QSettings' system scope for organisation "Gemeente Utrecht", application "regie-desk".
!define SETTINGS_KEY "Software\Gemeente Utrecht\regie-desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\RegieDesk"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Regie\Desk"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, EUPL-1.2"

!define MUI_ICON "${SOURCE}\resources\windows\regie.ico"
!define MUI_UNICON "${SOURCE}\resources\windows\regie.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\regie-desk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${SOURCE}\LICENSE"
Page custom ServerPage ServerPageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString ServerTitle ${LANG_DUTCH} "Adres van regie-server"
LangString ServerTitle ${LANG_ENGLISH} "Address of regie-server"
LangString ServerSubtitle ${LANG_DUTCH} "Dit adres geldt voor iedereen die Regie Desk op deze computer gebruikt."
LangString ServerSubtitle ${LANG_ENGLISH} "This address applies to everyone who uses Regie Desk on this computer."
LangString ServerLabel ${LANG_DUTCH} "Serveradres, bijvoorbeeld https://regie.utrecht.nl:"
LangString ServerLabel ${LANG_ENGLISH} "Server address, for example https://regie.utrecht.nl:"
LangString ServerInvalid ${LANG_DUTCH} "Vul een adres in dat begint met https:// (alleen op deze computer zelf mag http://127.0.0.1 of http://localhost)."
LangString ServerInvalid ${LANG_ENGLISH} "Enter an address that starts with https:// (only on this computer itself may http://127.0.0.1 or http://localhost be used)."
LangString Needs64Bit ${LANG_DUTCH} "Regie Desk werkt alleen op 64-bits Windows."
LangString Needs64Bit ${LANG_ENGLISH} "Regie Desk needs 64-bit Windows."

Var Server
Var ServerField

# Accepts https:// anywhere and plain http only to this machine (the demo), the same rule
# regie-server applies to its own listen address. Sets $0 to 1 when acceptable.
!macro CheckServer address
  StrCpy $0 0
  StrCpy $1 "${address}" 8
  ${If} $1 == "https://"
    StrLen $2 "${address}"
    ${If} $2 > 8
      StrCpy $0 1
    ${EndIf}
  ${EndIf}
  StrCpy $1 "${address}" 17
  ${If} $1 == "http://127.0.0.1:"
  ${OrIf} "${address}" == "http://127.0.0.1"
    StrCpy $0 1
  ${EndIf}
  StrCpy $1 "${address}" 17
  ${If} $1 == "http://localhost:"
  ${OrIf} "${address}" == "http://localhost"
    StrCpy $0 1
  ${EndIf}
!macroend

# Sets $Server from /SERVER=<address> when the command line has it. Not ${GetOptions}: it
# ends a value at the next "/", which cuts "https://" short. The value runs to the next
# space; surrounding quotes are dropped.
Function ServerFromCommandLine
  ${GetParameters} $R0
  StrLen $R3 $R0
  StrCpy $R2 0
  StrCpy $R5 0
  ${DoWhile} $R2 < $R3
    StrCpy $R4 $R0 8 $R2
    ${If} $R4 == "/SERVER="
      IntOp $R2 $R2 + 8
      StrCpy $R1 $R0 "" $R2
      StrCpy $R5 1
      ${Break}
    ${EndIf}
    IntOp $R2 $R2 + 1
  ${Loop}
  ${If} $R5 == 1
    StrLen $R3 $R1
    StrCpy $R2 0
    ${DoWhile} $R2 < $R3
      StrCpy $R4 $R1 1 $R2
      ${If} $R4 == " "
        StrCpy $R1 $R1 $R2
        ${Break}
      ${EndIf}
      IntOp $R2 $R2 + 1
    ${Loop}
    StrCpy $R4 $R1 1
    ${If} $R4 == '"'
      StrCpy $R1 $R1 "" 1
      StrCpy $R1 $R1 -1
    ${EndIf}
    StrCpy $Server $R1
  ${EndIf}
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    SetErrorLevel 3
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  # An upgrade keeps the address already set; /SERVER= overrides it.
  ReadRegStr $Server HKLM "${SETTINGS_KEY}" "server"
  Call ServerFromCommandLine
  ${If} ${Silent}
    !insertmacro CheckServer $Server
    ${If} $0 != 1
      # An unattended roll-out without a valid address would leave every desk unconfigured.
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

Function ServerPage
  !insertmacro MUI_HEADER_TEXT "$(ServerTitle)" "$(ServerSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 24u "$(ServerLabel)"
  Pop $0
  ${NSD_CreateText} 0 28u 100% 14u "$Server"
  Pop $ServerField
  nsDialogs::Show
FunctionEnd

Function ServerPageLeave
  ${NSD_GetText} $ServerField $Server
  !insertmacro CheckServer $Server
  ${If} $0 != 1
    MessageBox MB_ICONEXCLAMATION "$(ServerInvalid)"
    Abort
  ${EndIf}
FunctionEnd

# A previous version is removed first (keeping the address), so no DLL of an older Qt stays
# behind next to the new ones.
Function RemovePrevious
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 != ""
  ${AndIf} ${FileExists} "$R0\uninstall.exe"
    ExecWait '"$R0\uninstall.exe" /S /KEEPCONFIG _?=$R0'
    Delete "$R0\uninstall.exe"
    RMDir "$R0"
  ${EndIf}
FunctionEnd

Section "Regie Desk" SecMain
  SectionIn RO
  Call RemovePrevious
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  # windeployqt --compiler-runtime puts Microsoft's runtime installer beside the program.
  ${If} ${FileExists} "$INSTDIR\vc_redist.x64.exe"
    ExecWait '"$INSTDIR\vc_redist.x64.exe" /install /quiet /norestart'
    Delete "$INSTDIR\vc_redist.x64.exe"
  ${EndIf}

  WriteRegStr HKLM "${SETTINGS_KEY}" "server" "$Server"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\regie-desk.exe" "" "$INSTDIR\regie-desk.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\regie-desk.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  # Only a folder this installer filled is removed whole; anything else is left alone.
  ${If} ${FileExists} "$INSTDIR\regie-desk.exe"
    RMDir /r "$INSTDIR"
  ${EndIf}
  RMDir "$PROGRAMFILES64\Regie"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/KEEPCONFIG" $R1
  ${If} ${Errors}
    DeleteRegKey HKLM "${SETTINGS_KEY}"
    DeleteRegKey /ifempty HKLM "Software\Gemeente Utrecht"
  ${EndIf}
SectionEnd
