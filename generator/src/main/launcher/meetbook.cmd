@echo off
rem Runs meetbook.jar with the JVM options kept in jvm.options beside it, and with the
rem class-data archive (meetbook.jsa) when there is one. Extra JVM options: MEETBOOK_JAVA_OPTS.
setlocal
set "dir=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "cds="
if exist "%dir%meetbook.jsa" set "cds=-XX:SharedArchiveFile=%dir%meetbook.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
rem serve runs for hours and rebuilds again and again: it gets the optimising compiler back.
set "long="
if /i "%~1"=="serve" set "long=-XX:TieredStopAtLevel=4"
"%java%" "@%dir%jvm.options" %long% %MEETBOOK_JAVA_OPTS% %cds% -jar "%dir%meetbook.jar" %*
exit /b %ERRORLEVEL%
