<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Help from your IT support: report a problem, follow your requests, and find answers in the knowledge base.</source>
        <translation>Ayuda de su soporte técnico: informe de un problema, siga sus solicitudes y encuentre respuestas en la base de conocimientos.</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>Proporcionado por:</translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation>Mesa de ayuda:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy these details, to paste them for support</source>
        <translation>Copiar estos detalles para pegarlos al contactar con el soporte técnico</translation>
    </message>
    <message>
        <source>not set up yet (open Settings)</source>
        <translation>aún no configurada (abra Configuración)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Mis solicitudes</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de conocimientos</translation>
    </message>
    <message>
        <source>C&amp;heck my computer…</source>
        <translation>&amp;Comprobar mi equipo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Acerca de…</translation>
    </message>
    <message>
        <source>&amp;Other ways to get help…</source>
        <translation>&amp;Otras formas de obtener ayuda…</translation>
    </message>
    <message>
        <source>Let support &amp;connect to my computer…</source>
        <translation>Permitir que el soporte técnico se co&amp;necte a mi equipo…</translation>
    </message>
    <message>
        <source>S&amp;top remote assistance</source>
        <translation>&amp;Detener la asistencia remota</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>A&amp;gregar paso</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add a step (Insert or Ctrl+N)</source>
        <translation>Agregar un paso (Insert o Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Quitar el paso seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Subir el paso seleccionado (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Bajar el paso seleccionado (Alt+Flecha abajo)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hizo?</translation>
    </message>
    <message>
        <source>List what you did before the problem appeared, in order, one step per line. Support will try the same steps.</source>
        <translation>Enumere lo que hizo antes de que apareciera el problema, en orden y un paso por línea. El soporte técnico intentará repetir los mismos pasos.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>Enter opens the next line • Insert adds a step • Delete removes it • Alt+Up / Alt+Down change the order</source>
        <translation>Entrar abre la línea siguiente • Insert agrega un paso • Supr lo quita • Alt+Flecha arriba / Alt+Flecha abajo cambian el orden</translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>Affects: %1</source>
        <translation>Afecta a: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>More about it</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Desde %1.</translation>
    </message>
    <message>
        <source>Expected to be fixed by %1.</source>
        <translation>Solución prevista: %1.</translation>
    </message>
</context>
<context>
    <name>AnnouncementDetails</name>
    <message>
        <source>Known problem</source>
        <translation>Problema conocido</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>HelpClient closed unexpectedly last time. Requests you had already sent are safe with support. The technical details are saved in %1.</source>
        <translation>HelpClient se cerró inesperadamente la última vez. Las solicitudes que ya había enviado están a salvo en el soporte técnico. Los detalles técnicos se guardaron en %1.</translation>
    </message>
    <message>
        <source>HelpClient cannot keep reports on this computer: %1 Reports will be sent directly, and only while the helpdesk can be reached.</source>
        <translation>HelpClient no puede guardar informes en este equipo: %1 Los informes se enviarán directamente, y solo cuando se pueda acceder a la mesa de ayuda.</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>This &amp;solved my problem</source>
        <translation>Esto &amp;resolvió mi problema</translation>
    </message>
    <message>
        <source>&amp;Not what I need</source>
        <translation>&amp;No es lo que necesito</translation>
    </message>
</context>
<context>
    <name>AttachmentsButton</name>
    <message>
        <source>Files in this conversation: choose one to save it in your downloads folder</source>
        <translation>Archivos de esta conversación: elija uno para guardarlo en su carpeta de descargas</translation>
    </message>
    <message>
        <source>Save %1 (%2)</source>
        <translation>Guardar %1 (%2)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Datos adjuntos (%1)</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>HelpClient was not allowed access in the browser, so you are not signed in. To sign in, choose Sign in again and allow access on the page that opens.</source>
        <translation>No se permitió el acceso a HelpClient en el navegador, así que no ha iniciado sesión. Para hacerlo, elija de nuevo Iniciar sesión y permita el acceso en la página que se abre.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in, so HelpClient ignored it. Choose Sign in to try again; if this happens again, tell IT support.</source>
        <translation>El navegador devolvió una respuesta que no corresponde a este inicio de sesión, así que HelpClient la ignoró. Elija Iniciar sesión para volver a intentarlo; si vuelve a ocurrir, avise al soporte técnico.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Choose Sign in to try again.</source>
        <translation>El navegador no respondió a tiempo. Elija Iniciar sesión para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The helpdesk refused the sign-in. It said: %1</source>
        <translation>La mesa de ayuda rechazó el inicio de sesión. Respondió: %1</translation>
    </message>
    <message>
        <source>HelpClient opens %1&apos;s sign-in page in your web browser. Sign in there and allow HelpClient access; then come back here. HelpClient keeps the sign-in in your system keyring, not your password.</source>
        <translation>HelpClient abre la página de inicio de sesión de %1 en su navegador web. Inicie sesión allí y permita el acceso a HelpClient; luego vuelva aquí. HelpClient guarda el inicio de sesión en el depósito de claves del sistema, no su contraseña.</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Dejar de &amp;esperar</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can close this tab and return to HelpClient.</source>
        <translation>Ha iniciado sesión en %1. Puede cerrar esta pestaña y volver a HelpClient.</translation>
    </message>
    <message>
        <source>Waiting for your browser… Sign in to %1 on the page that opened, then come back here.</source>
        <translation>Esperando a su navegador… Inicie sesión en %1 en la página que se abrió y luego vuelva aquí.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it to sign in; HelpClient waits meanwhile:
%1</source>
        <translation>HelpClient no pudo abrir su navegador web. Abra en él esta dirección para iniciar sesión; mientras tanto, HelpClient espera:
%1</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Other ways to get help</source>
        <translation>Otras formas de obtener ayuda</translation>
    </message>
    <message>
        <source>You can also reach %1 support this way:</source>
        <translation>También puede comunicarse con el soporte técnico de %1 por estos medios:</translation>
    </message>
    <message>
        <source>You can also reach support this way:</source>
        <translation>También puede comunicarse con el soporte técnico por estos medios:</translation>
    </message>
    <message>
        <source>the e-mail starts with your report, so it works even when HelpClient cannot reach the helpdesk.</source>
        <translation>el correo comienza con su informe, así que funciona incluso cuando HelpClient no puede conectarse con la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>[The report is longer than an e-mail link can carry; the rest was left out.]</source>
        <translation>[El informe es más largo de lo que admite un enlace de correo electrónico; se omitió el resto.]</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Escribir un correo</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation>Abrir el chat</translation>
    </message>
    <message>
        <source>Self-service portal:</source>
        <translation>Portal de autoservicio:</translation>
    </message>
    <message>
        <source>Open the portal</source>
        <translation>Abrir el portal</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Quick checks: %1</source>
        <translation>Comprobaciones rápidas: %1</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>Checking your computer…</source>
        <translation>Comprobando su equipo…</translation>
    </message>
    <message>
        <source>The checks could not run.</source>
        <translation>No se pudieron ejecutar las comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need your attention.</source>
        <translation>
            <numerusform>%n resultado requiere su atención.</numerusform>
            <numerusform>%n resultados requieren su atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing wrong found, but some checks could not tell.</source>
        <translation>No se encontró ningún problema, pero algunas comprobaciones no fueron concluyentes.</translation>
    </message>
    <message>
        <source>Everything checked looks fine.</source>
        <translation>Todo lo comprobado está bien.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Working on it…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>No funcionó: %1</translation>
    </message>
    <message>
        <source>Done. Check again to see whether it helped.</source>
        <translation>Listo. Vuelva a comprobar para ver si se resolvió.</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>Check my computer</source>
        <translation>Comprobar mi equipo</translation>
    </message>
    <message>
        <source>HelpClient checked the things that most often stop a computer from working. A finding says what it saw, links the article that fixes it, and offers a safe fix where there is one.</source>
        <translation>HelpClient comprobó lo que con más frecuencia impide que un equipo funcione. Cada resultado indica lo que se detectó, enlaza el artículo que lo soluciona y ofrece una corrección segura cuando existe.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open network settings</source>
        <translation>Abrir la configuración de red</translation>
    </message>
    <message>
        <source>Open disk clean-up</source>
        <translation>Abrir la limpieza de disco</translation>
    </message>
    <message>
        <source>Restart the print queue</source>
        <translation>Reiniciar la cola de impresión</translation>
    </message>
    <message>
        <source>No network connection: no network adapter is connected.</source>
        <translation>Sin conexión de red: no hay ningún adaptador de red conectado.</translation>
    </message>
    <message>
        <source>Connected ({interfaces}).</source>
        <translation>Conectado ({interfaces}).</translation>
    </message>
    <message>
        <source>Connected to a network ({interfaces}), but it has no way out (no default gateway).</source>
        <translation>Conectado a una red ({interfaces}), pero sin salida (no hay puerta de enlace predeterminada).</translation>
    </message>
    <message>
        <source>Connected ({interfaces}), default gateway {gateway}.</source>
        <translation>Conectado ({interfaces}), puerta de enlace predeterminada {gateway}.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Conexión de red</translation>
    </message>
    <message>
        <source>Wi-Fi network connection not working</source>
        <translation>Conexión de red Wi-Fi no funciona</translation>
    </message>
    <message>
        <source>Nothing to look up: the servers are given by their addresses.</source>
        <translation>No hay nombres que resolver: los servidores se indican por su dirección.</translation>
    </message>
    <message>
        <source>These names cannot be found (DNS): {names}.</source>
        <translation>No se pueden resolver estos nombres (DNS): {names}.</translation>
    </message>
    <message>
        <source>Names are found ({names}).</source>
        <translation>Los nombres se resuelven ({names}).</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
    <message>
        <source>internet does not work Wi-Fi network</source>
        <translation>internet no funciona red Wi-Fi</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers.</source>
        <translation>La mesa de ayuda ({host}) responde.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address ({url}) is not a valid web address.</source>
        <translation>La dirección de la mesa de ayuda ({url}) no es una dirección web válida.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) cannot be found: its name does not resolve.</source>
        <translation>No se encuentra la mesa de ayuda ({host}): su nombre no se puede resolver.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers, but its secure connection is not trusted.</source>
        <translation>La mesa de ayuda ({host}) responde, pero su conexión segura no es de confianza.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) does not answer.</source>
        <translation>La mesa de ayuda ({host}) no responde.</translation>
    </message>
    <message>
        <source>Helpdesk server</source>
        <translation>Servidor de la mesa de ayuda</translation>
    </message>
    <message>
        <source>VPN does not connect company network</source>
        <translation>VPN no se conecta red de la empresa</translation>
    </message>
    <message>
        <source>No company service answers ({hosts}).</source>
        <translation>Ningún servicio de la empresa responde ({hosts}).</translation>
    </message>
    <message>
        <source>Some company services do not answer: {hosts}.</source>
        <translation>Algunos servicios de la empresa no responden: {hosts}.</translation>
    </message>
    <message>
        <source>Company services answer ({hosts}).</source>
        <translation>Los servicios de la empresa responden ({hosts}).</translation>
    </message>
    <message>
        <source>Company services</source>
        <translation>Servicios de la empresa</translation>
    </message>
    <message>
        <source>The system proxy is switched on, but no proxy server is set.</source>
        <translation>El proxy del sistema está activado, pero no hay ningún servidor proxy definido.</translation>
    </message>
    <message>
        <source>The proxy setting {name} is not a valid address.</source>
        <translation>El ajuste de proxy {name} no es una dirección válida.</translation>
    </message>
    <message>
        <source>The proxy settings {first} and {second} disagree, so programs may connect differently.</source>
        <translation>Los ajustes de proxy {first} y {second} no coinciden, por lo que los programas pueden conectarse de forma distinta.</translation>
    </message>
    <message>
        <source>No proxy is set: connections go directly.</source>
        <translation>No hay ningún proxy configurado: las conexiones son directas.</translation>
    </message>
    <message>
        <source>The proxy settings agree ({proxy}).</source>
        <translation>Los ajustes de proxy coinciden ({proxy}).</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Configuración de proxy</translation>
    </message>
    <message>
        <source>proxy settings web pages do not open</source>
        <translation>configuración de proxy páginas web no se abren</translation>
    </message>
    <message>
        <source>The VPN is connected ({names}).</source>
        <translation>La VPN está conectada ({names}).</translation>
    </message>
    <message>
        <source>The company VPN is not connected.</source>
        <translation>La VPN de la empresa no está conectada.</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation>VPN no se conecta</translation>
    </message>
    <message>
        <source>No printers are set up.</source>
        <translation>No hay impresoras configuradas.</translation>
    </message>
    <message>
        <source>Print jobs are moving (none has waited 10 min).</source>
        <translation>Los trabajos de impresión avanzan (ninguno lleva 10 min esperando).</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>No hay trabajos de impresión en espera.</translation>
    </message>
    <message>
        <source>A print job has been waiting on {queue} for {minutes} min.</source>
        <translation>Un trabajo de impresión lleva {minutes} min esperando en {queue}.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>printer does not print documents</source>
        <translation>impresora no imprime documentos</translation>
    </message>
    <message>
        <source>Could not check in time (within {seconds} s).</source>
        <extracomment>Every check has concluded (or been given up) this many seconds after the start.</extracomment>
        <translation>No se pudo comprobar a tiempo (en {seconds} s).</translation>
    </message>
    <message>
        <source>Could not check: {error}.</source>
        <translation>No se pudo comprobar: {error}.</translation>
    </message>
    <message>
        <source>The disk of your home folder is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <extracomment>below either, a volume is a problem; below LOW_SHARE it needs attention a quota this full needs attention; FULL_QUOTA is a problem memory: available below these shares of the total a process holding this share of the whole processor is &quot;most of it&quot; … … and for minutes when it is this old and its processor time could cover that span the processor sample&apos;s length (the rest of the check&apos;s time is for the OS to answer)</extracomment>
        <translation>El disco de su carpeta personal está casi lleno: {free} GB libres de {total} GB ({percent} %).</translation>
    </message>
    <message>
        <source>The system disk is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>El disco del sistema está casi lleno: {free} GB libres de {total} GB ({percent} %).</translation>
    </message>
    <message>
        <source>The disk of your home folder is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>El disco de su carpeta personal se está llenando: {free} GB libres de {total} GB ({percent} %).</translation>
    </message>
    <message>
        <source>The system disk is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>El disco del sistema se está llenando: {free} GB libres de {total} GB ({percent} %).</translation>
    </message>
    <message>
        <source>{free} GB free of {total} GB on the system disk ({percent} %).</source>
        <translation>{free} GB libres de {total} GB en el disco del sistema ({percent} %).</translation>
    </message>
    <message>
        <source>Your storage quota is used up: {used} GB of {limit} GB.</source>
        <translation>Su cuota de almacenamiento está agotada: {used} GB de {limit} GB.</translation>
    </message>
    <message>
        <source>Your storage quota is almost used up: {used} GB of {limit} GB.</source>
        <translation>Su cuota de almacenamiento está casi agotada: {used} GB de {limit} GB.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espacio libre en disco</translation>
    </message>
    <message>
        <source>disk is full free space</source>
        <translation>disco lleno espacio libre</translation>
    </message>
    <message>
        <source>Memory is almost exhausted: {available} GB free of {total} GB; programs slow down.</source>
        <translation>La memoria está casi agotada: {available} GB libres de {total} GB; los programas se ralentizan.</translation>
    </message>
    <message>
        <source>Memory is running low: {available} GB free of {total} GB.</source>
        <translation>Queda poca memoria: {available} GB libres de {total} GB.</translation>
    </message>
    <message>
        <source>{available} GB of {total} GB memory free.</source>
        <translation>{available} GB de {total} GB de memoria libres.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>computer is slow memory</source>
        <translation>equipo lento memoria</translation>
    </message>
    <message>
        <source>No program is holding the processor.</source>
        <translation>Ningún programa está acaparando el procesador.</translation>
    </message>
    <message>
        <source>{name} has been using most of the processor ({percent} %) for minutes.</source>
        <translation>{name} lleva varios minutos usando la mayor parte del procesador ({percent} %).</translation>
    </message>
    <message>
        <source>No program is holding the processor (the busiest, {name}, uses {percent} %).</source>
        <translation>Ningún programa está acaparando el procesador (el más activo, {name}, usa el {percent} %).</translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation>Carga del procesador</translation>
    </message>
    <message>
        <source>computer is slow programs</source>
        <translation>equipo lento programas</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min ahead of the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <extracomment>a clock further off than this breaks sign-ins (Kerberos allows 5 min) and, at worst, TLS</extracomment>
        <translation>El reloj de este equipo va {minutes} min adelantado respecto al de la mesa de ayuda; los inicios de sesión y las conexiones seguras pueden fallar.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <translation>El reloj de este equipo va {minutes} min atrasado respecto al de la mesa de ayuda; los inicios de sesión y las conexiones seguras pueden fallar.</translation>
    </message>
    <message>
        <source>The clock agrees with the helpdesk&apos;s (within {seconds} s).</source>
        <translation>El reloj coincide con el de la mesa de ayuda (con un margen de {seconds} s).</translation>
    </message>
    <message>
        <source>The helpdesk did not tell its time.</source>
        <translation>La mesa de ayuda no indicó su hora.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>clock shows the wrong time</source>
        <translation>reloj muestra la hora incorrecta</translation>
    </message>
    <message>
        <source>This system does not tell whether a restart is pending.</source>
        <translation>Este sistema no indica si hay un reinicio pendiente.</translation>
    </message>
    <message>
        <source>Updates are waiting for a restart to finish installing.</source>
        <translation>Hay actualizaciones esperando un reinicio para terminar de instalarse.</translation>
    </message>
    <message>
        <source>No restart is pending.</source>
        <translation>No hay ningún reinicio pendiente.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Reinicio pendiente</translation>
    </message>
    <message>
        <source>restart to finish installing updates</source>
        <translation>reiniciar para terminar de instalar actualizaciones</translation>
    </message>
    <message>
        <source>The version {version} of {program} cannot be compared with {current}.</source>
        <translation>La versión {version} de {program} no se puede comparar con {current}.</translation>
    </message>
    <message>
        <source>{program} {version} is older than the version IT supports ({current}); updating it may fix the problem.</source>
        <translation>{program} {version} es anterior a la versión admitida por el departamento de TI ({current}); actualizarlo puede resolver el problema.</translation>
    </message>
    <message>
        <source>{program} {version} is current (IT lists {current}).</source>
        <translation>{program} {version} está actualizado (el departamento de TI indica {current}).</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Versión del programa</translation>
    </message>
    <message>
        <source>update a program to the current version</source>
        <translation>actualizar un programa a la versión actual</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fine: {checks}.</source>
        <translation>Correcto: {checks}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance</source>
        <translation>Asistencia remota</translation>
    </message>
    <message>
        <source>Let support connect to your computer?</source>
        <translation>¿Permitir que el soporte técnico se conecte a su equipo?</translation>
    </message>
    <message>
        <source>HelpClient will open %1, the remote-assistance service your support team uses, in your web browser.</source>
        <translation>HelpClient abrirá en su navegador web %1, el servicio de asistencia remota que utiliza su soporte técnico.</translation>
    </message>
    <message>
        <source>HelpClient will start %1, the remote-assistance program your support team uses.</source>
        <translation>HelpClient iniciará %1, el programa de asistencia remota que utiliza su soporte técnico.</translation>
    </message>
    <message>
        <source>Once you let them in, the person from support sees your screen and may use your mouse and keyboard, to work on the problem with you.</source>
        <translation>Una vez que le dé acceso, la persona del soporte técnico verá su pantalla y podrá usar su mouse y su teclado para resolver el problema con usted.</translation>
    </message>
    <message>
        <source>You stay in control: you see everything they do, and you can end the session at any time.</source>
        <translation>Usted mantiene el control: ve todo lo que hace y puede finalizar la sesión en cualquier momento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To stop:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Para finalizar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Request to add the note to</source>
        <translation>Solicitud a la que agregar la nota</translation>
    </message>
    <message>
        <source>A note that you agreed will be added to your request:</source>
        <translation>Se agregará a su solicitud una nota que indica que usted dio su consentimiento:</translation>
    </message>
    <message>
        <source>HelpClient asks every time. Nothing starts unless you agree.</source>
        <translation>HelpClient pregunta cada vez. No se inicia nada sin su consentimiento.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Iniciar %1</translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation>#%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>No request: do not add a note</source>
        <translation>Ninguna solicitud: no agregar una nota</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How urgent, and how to reach you</source>
        <translation>Urgencia y datos de contacto</translation>
    </message>
    <message>
        <source>Support uses this to decide what comes first and to answer you.</source>
        <translation>El soporte técnico usa esta información para decidir qué atender primero y para responderle.</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>¿Cuál es la &amp;urgencia?</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>Optional, e.g. +1 555 0100</source>
        <translation>Opcional, p. ej., +1 555 0100</translation>
    </message>
    <message>
        <source>Please check that your contact details are correct.</source>
        <translation>Compruebe que sus datos de contacto sean correctos.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Attachment:</source>
        <translation>Archivo adjunto:</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Todavía no hay mensajes.</translation>
    </message>
    <message>
        <source>The status changed</source>
        <translation>Se cambió el estado</translation>
    </message>
    <message>
        <source>You changed the status to “%1”</source>
        <translation>Usted cambió el estado a «%1»</translation>
    </message>
    <message>
        <source>%1 changed the status to “%2”</source>
        <translation>%1 cambió el estado a «%2»</translation>
    </message>
    <message>
        <source>Status changed to “%1”</source>
        <translation>El estado cambió a «%1»</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Remitente desconocido</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>{program} closed unexpectedly</source>
        <translation>{program} se cerró inesperadamente</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time} ({reason}).</source>
        <translation>{program} se cerró inesperadamente el {date} a las {time} ({reason}).</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time}.</source>
        <translation>{program} se cerró inesperadamente el {date} a las {time}.</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Versión: {version}</translation>
    </message>
    <message>
        <source>Program file: {path}</source>
        <translation>Archivo del programa: {path}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Línea de comandos: {command}</translation>
    </message>
    <message>
        <source>What the crash record says:</source>
        <translation>Lo que indica el registro del fallo:</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside HelpClient. Your work has been kept. The details were written to the log:
%1</source>
        <translation>Se produjo un error interno en HelpClient. Su trabajo se conservó. Los detalles se escribieron en el registro:
%1</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 B</source>
        <extracomment>``QCoreApplication.translate`` with the interface language&apos;s numbers, for core text rendered through functions that take only a ``translate`` (a report&apos;s body shown in the outbox)</extracomment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>DeliveryNotices</name>
    <message>
        <source>You can also reach support another way: Other ways to get help, in HelpClient&apos;s menu.</source>
        <translation>También puede comunicarse con el soporte técnico de otra forma: «Otras formas de obtener ayuda», en el menú de HelpClient.</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Solicitud #%1 enviada</translation>
    </message>
    <message>
        <source>A report that was waiting has reached support.</source>
        <translation>Un informe que estaba en espera llegó al soporte técnico.</translation>
    </message>
    <message>
        <source>Sign in to send your report</source>
        <translation>Inicie sesión para enviar su informe</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in. Your report is kept: sign in again in Settings and it will be sent.</source>
        <translation>La mesa de ayuda no aceptó su inicio de sesión. Su informe se conserva: vuelva a iniciar sesión en Configuración y se enviará.</translation>
    </message>
    <message>
        <source>Your report was not accepted</source>
        <translation>No se aceptó su informe</translation>
    </message>
    <message>
        <source>%1 The report is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 El informe se conserva: abra la bandeja de salida desde el menú de HelpClient.</translation>
    </message>
    <message>
        <source>Sign in to send your reply</source>
        <translation>Inicie sesión para enviar su respuesta</translation>
    </message>
    <message>
        <source>Your reply to request #%1 is kept: sign in again in Settings and it will be sent.</source>
        <translation>Su respuesta a la solicitud #%1 se conserva: vuelva a iniciar sesión en Configuración y se enviará.</translation>
    </message>
    <message>
        <source>Your reply to request #%1 was not accepted</source>
        <translation>No se aceptó su respuesta a la solicitud #%1</translation>
    </message>
    <message>
        <source>%1 The reply is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 La respuesta se conserva: abra la bandeja de salida desde el menú de HelpClient.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Otras formas de comunicarse con el soporte técnico…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>El correo comienza con este informe</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Solicitud #%1 enviada</translation>
    </message>
    <message>
        <source>Thank you. Support has received your request.</source>
        <translation>Gracias. El soporte técnico recibió su solicitud.</translation>
    </message>
    <message>
        <source>You can follow your request, see support&apos;s answers and reply to them in My requests.</source>
        <translation>En «Mis solicitudes» puede seguir su solicitud, ver las respuestas del soporte técnico y contestarlas.</translation>
    </message>
    <message>
        <source>&amp;Follow request #%1</source>
        <translation>&amp;Seguir la solicitud #%1</translation>
    </message>
    <message>
        <source>Open it in My requests</source>
        <translation>Abrirla en «Mis solicitudes»</translation>
    </message>
    <message>
        <source>Your report is saved and will be sent</source>
        <translation>Su informe se guardó y se enviará</translation>
    </message>
    <message>
        <source>HelpClient could not reach the helpdesk right now.</source>
        <translation>HelpClient no pudo conectarse con la mesa de ayuda en este momento.</translation>
    </message>
    <message>
        <source>Nothing is lost: the report waits on this computer and is sent by itself when the connection is back, even after a restart. The tray menu shows reports waiting to be sent.</source>
        <translation>No se perdió nada: el informe queda en este equipo y se envía automáticamente cuando vuelva la conexión, incluso después de reiniciar. El menú del área de notificación muestra los informes pendientes de envío.</translation>
    </message>
    <message>
        <source>Your report is saved but not sent</source>
        <translation>Su informe se guardó, pero no se envió</translation>
    </message>
    <message>
        <source>The helpdesk needs something from you first.</source>
        <translation>La mesa de ayuda necesita primero algo de usted.</translation>
    </message>
    <message>
        <source>The report waits on this computer. Open the reports waiting to be sent from HelpClient&apos;s menu to send it again, or save it to a file for IT.</source>
        <translation>El informe queda en este equipo. Abra la bandeja de salida desde el menú de HelpClient para volver a enviarlo, o guárdelo en un archivo para el departamento de TI.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Draft not saved</source>
        <translation>No se guardó el borrador</translation>
    </message>
    <message>
        <source>Continue your report?</source>
        <translation>¿Desea continuar su informe?</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(aún sin resumen)</translation>
    </message>
    <message>
        <source>You started a problem report that was not sent: “%1”.</source>
        <translation>Comenzó un informe de problema que no se envió: «%1».</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>This looks like your open request #%1 “%2”. Add what you know now to it, so support sees it in one place.</source>
        <translation>Parece que se trata de su solicitud abierta #%1 «%2». Agregue a ella lo que sabe ahora, para que el soporte técnico lo vea todo en un solo lugar.</translation>
    </message>
    <message>
        <source>Add this to request #%1</source>
        <translation>Agregar esto a la solicitud #%1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Otras formas de comunicarse con el soporte técnico…</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>What did you see?</source>
        <translation>¿Qué vio?</translation>
    </message>
    <message>
        <source>Copy the exact words of the error message: support searches for them.</source>
        <translation>Copie las palabras exactas del mensaje de error: el soporte técnico las usa para buscar.</translation>
    </message>
    <message>
        <source>Paste the message here (Ctrl+V). In most message windows, Ctrl+C copies the whole message.</source>
        <translation>Pegue el mensaje aquí (Ctrl+V). En la mayoría de las ventanas de mensaje, Ctrl+C copia el mensaje completo.</translation>
    </message>
    <message>
        <source>E&amp;xact error message:</source>
        <translation>Mensaje de error e&amp;xacto:</translation>
    </message>
    <message>
        <source>There was no error &amp;message</source>
        <translation>No hubo ningún &amp;mensaje de error</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>When did it &amp;start?</source>
        <translation>¿Cuándo &amp;empezó?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your sign-in to the helpdesk has expired or was revoked. Sign in again in Settings.</source>
        <translation>Su sesión en la mesa de ayuda caducó o se revocó. Vuelva a iniciar sesión en Configuración.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your access token. It may be mistyped, expired or revoked. Sign in again in Settings with a valid token.</source>
        <translation>La mesa de ayuda no aceptó su token de acceso. Puede que esté mal escrito, haya caducado o se haya revocado. Vuelva a iniciar sesión en Configuración con un token válido.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so HelpClient did not send anything. Check the server address; if it is right, ask IT to install the company&apos;s certificate authority.</source>
        <translation>El certificado de seguridad del servidor no es de confianza, así que HelpClient no envió nada. Compruebe la dirección del servidor; si es correcta, pida al departamento de TI que instale la entidad de certificación de la empresa.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address for typos, and check that you are connected to the network (or VPN).</source>
        <translation>No se encontró el nombre del servidor. Compruebe que la dirección del servidor no tenga errores de escritura y que esté conectado a la red (o a la VPN).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait. Try again in a minute.</source>
        <translation>La mesa de ayuda está ocupada y pidió a HelpClient que espere. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The helpdesk server was reached but did not answer in time. It may be busy. Try again in a few minutes.</source>
        <translation>Se pudo acceder al servidor de la mesa de ayuda, pero no respondió a tiempo. Puede que esté ocupado. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The helpdesk server is not answering. It may be down, or your network may be disconnected. Try again later.</source>
        <translation>El servidor de la mesa de ayuda no responde. Puede que no esté disponible o que su red esté desconectada. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the expected helpdesk. Check the server address and the helpdesk type.</source>
        <translation>Algo respondió en esta dirección, pero no es la mesa de ayuda esperada. Compruebe la dirección del servidor y el tipo de mesa de ayuda.</translation>
    </message>
    <message>
        <source>The helpdesk does not allow your account to do this. Ask IT support to check your permissions.</source>
        <translation>La mesa de ayuda no permite que su cuenta haga esto. Pida al soporte técnico que revise sus permisos.</translation>
    </message>
    <message>
        <source>The helpdesk could not find this item. It may have been deleted or moved.</source>
        <translation>La mesa de ayuda no encontró este elemento. Puede que se haya eliminado o movido.</translation>
    </message>
    <message>
        <source>The helpdesk does not accept files this large. Leave the largest file out or compress it, then send again.</source>
        <translation>La mesa de ayuda no acepta archivos tan grandes. Quite el archivo más grande o comprímalo y vuelva a enviar.</translation>
    </message>
    <message>
        <source>HelpClient is not connected to a helpdesk yet. Open Settings to set it up.</source>
        <translation>HelpClient todavía no está conectado a una mesa de ayuda. Abra Configuración para configurarla.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read. Try again in a few minutes; if this keeps happening, tell IT support: the helpdesk, or something between it and you, is sending wrong data.</source>
        <translation>La mesa de ayuda envió una respuesta que HelpClient no pudo leer. Vuelva a intentarlo en unos minutos; si sigue ocurriendo, avise al soporte técnico: la mesa de ayuda, o algo entre ella y usted, está enviando datos incorrectos.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem. Try again in a few minutes.</source>
        <translation>La mesa de ayuda tuvo un problema temporal. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The helpdesk refused this action. It said: %1</source>
        <translation>La mesa de ayuda rechazó esta acción. Su respuesta fue: %1</translation>
    </message>
    <message>
        <source>HelpClient&apos;s helpdesk settings cannot be used: %1 Check them in Settings or ask IT support.</source>
        <translation>La configuración de la mesa de ayuda de HelpClient no se puede usar: %1 Revísela en Configuración o consulte al soporte técnico.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>The server name could not be found (no network, or no VPN?).</source>
        <translation>No se encontró el nombre del servidor (¿no hay red o no hay VPN?).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait.</source>
        <translation>La mesa de ayuda está ocupada y pidió a HelpClient que espere.</translation>
    </message>
    <message>
        <source>The helpdesk server did not answer in time.</source>
        <translation>El servidor de la mesa de ayuda no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The helpdesk server could not be reached.</source>
        <translation>No se pudo conectar con el servidor de la mesa de ayuda.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read.</source>
        <translation>La mesa de ayuda envió una respuesta que HelpClient no pudo leer.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem.</source>
        <translation>La mesa de ayuda tuvo un problema temporal.</translation>
    </message>
</context>
<context>
    <name>FormFieldsBox</name>
    <message>
        <source>Details your helpdesk asks for</source>
        <translation>Datos que solicita su mesa de ayuda</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
</context>
<context>
    <name>FreshserviceSignIn</name>
    <message>
        <source>The address is your company&apos;s Freshservice address, like https://yourcompany.freshservice.com (its API answers there, not at a custom domain).</source>
        <translation>La dirección es la de Freshservice de su empresa, por ejemplo https://yourcompany.freshservice.com (su API responde allí, no en un dominio propio).</translation>
    </message>
    <message>
        <source>Your API key is in Freshservice&apos;s support portal: click your profile picture (top right) → Profile settings; the key is shown below “Change password”. Copy it and paste it here with the e-mail address you sign in to Freshservice with. HelpClient keeps the key in your system keyring.</source>
        <translation>Su clave de API está en el portal de soporte de Freshservice: haga clic en su foto de perfil (arriba a la derecha) → Configuración del perfil; la clave aparece debajo de «Cambiar contraseña». Cópiela y péguela aquí junto con la dirección de correo electrónico con la que inicia sesión en Freshservice. HelpClient guarda la clave en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>No API key in your profile settings? Freshservice&apos;s administrator may have switched API access off for requesters; ask IT support.</source>
        <translation>¿No hay clave de API en la configuración de su perfil? Es posible que el administrador de Freshservice haya desactivado el acceso a la API para los solicitantes; consulte al soporte técnico.</translation>
    </message>
    <message>
        <source>Freshservice did not accept this API key. Copy it again from Profile settings in the support portal; if it was reset, the old key no longer works.</source>
        <translation>Freshservice no aceptó esta clave de API. Cópiela de nuevo desde Configuración del perfil en el portal de soporte; si se restableció, la clave anterior ya no funciona.</translation>
    </message>
</context>
<context>
    <name>GlpiSignIn</name>
    <message>
        <source>The address is GLPI&apos;s web address; its API address ending in /apirest.php works too.</source>
        <translation>La dirección es la dirección web de GLPI; también sirve su dirección de API terminada en /apirest.php.</translation>
    </message>
    <message>
        <source>Login and password</source>
        <translation>Usuario y contraseña</translation>
    </message>
    <message>
        <source>Personal API token</source>
        <translation>Token de API personal</translation>
    </message>
    <message>
        <source>In GLPI: your name (top right) → My settings → Remote access keys → API token; tick Regenerate and save if it is empty, then copy it here.</source>
        <translation>En GLPI: su nombre (arriba a la derecha) → Mis preferencias → Claves de acceso remoto → Token de API; si está vacío, marque Regenerar y guarde; después cópielo aquí.</translation>
    </message>
    <message>
        <source>Use the login and password of GLPI&apos;s web page. This works only if GLPI&apos;s administrator enabled login with credentials for the API.</source>
        <translation>Use el usuario y la contraseña de la página web de GLPI. Esto solo funciona si el administrador de GLPI habilitó el inicio de sesión con credenciales para la API.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with credentials”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>El administrador de GLPI debe habilitar, en Configuración → General → API: «Habilitar API Rest», «Habilitar inicio de sesión con credenciales» y un cliente de API que permita las direcciones de los empleados (el cliente predeterminado solo permite el propio servidor). Si GLPI pide un token de aplicación, el departamento de TI lo define por directiva: usted nunca lo escribe.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with external token”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>El administrador de GLPI debe habilitar, en Configuración → General → API: «Habilitar API Rest», «Habilitar inicio de sesión con token externo» y un cliente de API que permita las direcciones de los empleados (el cliente predeterminado solo permite el propio servidor). Si GLPI pide un token de aplicación, el departamento de TI lo define por directiva: usted nunca lo escribe.</translation>
    </message>
    <message>
        <source>GLPI did not accept this login and password. Check them; if they work on GLPI&apos;s web page, login with credentials may be disabled for the API — sign in with your personal API token instead.</source>
        <translation>GLPI no aceptó este usuario y contraseña. Compruébelos; si funcionan en la página web de GLPI, puede que el inicio de sesión con credenciales esté deshabilitado para la API: inicie sesión con su token de API personal.</translation>
    </message>
    <message>
        <source>GLPI did not accept this API token. Copy it again from My settings → Remote access keys; if you regenerated it, the old one no longer works.</source>
        <translation>GLPI no aceptó este token de API. Vuelva a copiarlo desde Mis preferencias → Claves de acceso remoto; si lo regeneró, el anterior ya no funciona.</translation>
    </message>
</context>
<context>
    <name>HelpClientApp</name>
    <message>
        <source>The language has changed. The window you are working in keeps its language until you close it; nothing in it is lost.</source>
        <translation>Se cambió el idioma. La ventana en la que está trabajando conserva su idioma hasta que la cierre; no se pierde nada de lo que contiene.</translation>
    </message>
</context>
<context>
    <name>HelpdeskBox</name>
    <message>
        <source>Helpdesk server</source>
        <extracomment>(the entered server) → what answers there (the connector&apos;s probe; blocking)</extracomment>
        <translation>Servidor de la mesa de ayuda</translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. it-help</source>
        <translation>identificador del proyecto, p. ej., it-help</translation>
    </message>
    <message>
        <source>empty: the project&apos;s first tracker</source>
        <translation>vacío: el primer tracker del proyecto</translation>
    </message>
    <message>
        <source>optional: PEM file of your company&apos;s CA</source>
        <translation>opcional: archivo PEM de la entidad de certificación de su empresa</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Helpdesk &amp;type:</source>
        <translation>&amp;Tipo de mesa de ayuda:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation>T&amp;racker:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Sesión iniciada:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Establecido por la directiva de su organización.</translation>
    </message>
    <message>
        <source>The token comes from the HELPCLIENT_TOKEN environment variable and is not stored.</source>
        <translation>El token procede de la variable de entorno HELPCLIENT_TOKEN y no se almacena.</translation>
    </message>
    <message>
        <source>No secure keyring was found on this system, so what you sign in with is kept only until HelpClient quits; you will be asked again at the next start.</source>
        <translation>No se encontró ningún depósito de claves seguro en este sistema, así que sus datos de inicio de sesión solo se conservan hasta que se cierre HelpClient; se le volverán a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>What you sign in with is kept in your system keyring.</source>
        <translation>Sus datos de inicio de sesión se guardan en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>Not signed in to this server.</source>
        <translation>No ha iniciado sesión en este servidor.</translation>
    </message>
    <message>
        <source>As %1, with a password.</source>
        <translation>Como %1, con contraseña.</translation>
    </message>
    <message>
        <source>Through your web browser.</source>
        <translation>Mediante su navegador web.</translation>
    </message>
    <message>
        <source>As %1, with an API key.</source>
        <translation>Como %1, con una clave de API.</translation>
    </message>
    <message>
        <source>With an access token.</source>
        <translation>Con un token de acceso.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation>Escriba la dirección del servidor, empezando por https://</translation>
    </message>
    <message>
        <source>Enter the identifier of the project your requests go to (IT support knows it).</source>
        <translation>Escriba el identificador del proyecto al que van sus solicitudes (el soporte técnico lo conoce).</translation>
    </message>
    <message>
        <source>The CA file does not exist: %1</source>
        <translation>El archivo de CA no existe: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to use the helpdesk.</source>
        <translation>Sesión cerrada. Vuelva a iniciar sesión para usar la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Sign in first: HelpClient has nothing to sign in to this server with yet.</source>
        <translation>Inicie sesión primero: HelpClient aún no tiene datos de inicio de sesión para este servidor.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>&lt;h2&gt;How can we help?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;¿En qué podemos ayudarle?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so HelpClient opens this window instead. Closing it keeps HelpClient running until you choose Quit.</source>
        <translation>Su escritorio no tiene área de notificación (en GNOME, la extensión AppIndicator agrega una), así que HelpClient abre esta ventana en su lugar. Si la cierra, HelpClient sigue ejecutándose hasta que elija Salir.</translation>
    </message>
</context>
<context>
    <name>JsmSignIn</name>
    <message>
        <source>Service &amp;desk:</source>
        <translation>Mesa de &amp;servicio:</translation>
    </message>
    <message>
        <source>The address of your Jira site, such as https://example.atlassian.net (the help center&apos;s address works too).</source>
        <translation>La dirección de su sitio de Jira, por ejemplo https://example.atlassian.net (también sirve la dirección del centro de ayuda).</translation>
    </message>
    <message>
        <source>My e-mail address and an API token (Atlassian cloud)</source>
        <translation>Mi correo electrónico y un token de API (nube de Atlassian)</translation>
    </message>
    <message>
        <source>A personal access token (Jira Data Center)</source>
        <translation>Un token de acceso personal (Jira Data Center)</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Create an API token at id.atlassian.com: open %1, choose “Create API token”, name it “HelpClient”, copy it and paste it below with the e-mail address of your Atlassian account. On Jira Data Center, enter your user name and password instead.</source>
        <translation>Cree un token de API en id.atlassian.com: abra %1, elija «Create API token», llámelo «HelpClient», cópielo y péguelo abajo junto con la dirección de correo de su cuenta de Atlassian. En Jira Data Center, escriba en su lugar su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>In Jira, click your avatar and open Profile → Personal Access Tokens. Create a token, copy it (Jira shows it only once) and paste it here.</source>
        <translation>En Jira, haga clic en su avatar y abra Perfil → Tokens de acceso personal. Cree un token, cópielo (Jira lo muestra una sola vez) y péguelo aquí.</translation>
    </message>
    <message>
        <source>On Atlassian&apos;s page, sign in with the account you use on this site and allow access to this site.</source>
        <translation>En la página de Atlassian, inicie sesión con la cuenta que usa en este sitio y permita el acceso a este sitio.</translation>
    </message>
    <message>
        <source>No way to create API tokens? Help-center accounts that are not Atlassian accounts have none: ask IT to invite you with an Atlassian account.</source>
        <translation>¿No puede crear tokens de API? Las cuentas del centro de ayuda que no son cuentas de Atlassian no los tienen: pida a TI que le invite con una cuenta de Atlassian.</translation>
    </message>
    <message>
        <source>Personal access tokens exist in Jira Data Center 8.14 and later, unless its administrator switched them off.</source>
        <translation>Los tokens de acceso personal existen en Jira Data Center 8.14 y posteriores, salvo que su administrador los haya desactivado.</translation>
    </message>
    <message>
        <source>This Jira site accepts neither API tokens nor personal access tokens from apps. Ask its administrator.</source>
        <translation>Este sitio de Jira no acepta de las aplicaciones ni tokens de API ni tokens de acceso personal. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>The sign-in through the browser does not reach %1. Sign in again with the Atlassian account you use on this site, and allow access to this site on Atlassian&apos;s page.</source>
        <translation>El inicio de sesión a través del navegador no llega a %1. Vuelva a iniciar sesión con la cuenta de Atlassian que usa en este sitio y permita el acceso a este sitio en la página de Atlassian.</translation>
    </message>
    <message>
        <source>Jira did not accept this e-mail address and API token. Check the address of your Atlassian account and copy the token again; it may have expired or been revoked.</source>
        <translation>Jira no aceptó esta dirección de correo y este token de API. Compruebe la dirección de su cuenta de Atlassian y vuelva a copiar el token; puede que haya caducado o se haya revocado.</translation>
    </message>
    <message>
        <source>Jira did not accept this personal access token. Create a new one in your Jira profile; it may have expired or been revoked.</source>
        <translation>Jira no aceptó este token de acceso personal. Cree uno nuevo en su perfil de Jira; puede que haya caducado o se haya revocado.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <source>Search the knowledge base…</source>
        <translation>Buscar en la base de conocimientos…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimientos</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Elija un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Vistos recientemente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n artículo encontrado</numerusform>
            <numerusform>%n artículos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match. Try other words.</source>
        <translation>No hay artículos que coincidan. Pruebe con otras palabras.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Este artículo ya no está en la base de conocimientos.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <source>Search HelpClient&apos;s &amp;starter articles</source>
        <translation>Buscar en los artículos &amp;incluidos con HelpClient</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Agregar carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Article &amp;folders:</source>
        <translation>Carpetas de a&amp;rtículos:</translation>
    </message>
    <message>
        <source>Markdown (.md) and HTML files in these folders are searched too; changes are picked up within a minute.</source>
        <translation>También se buscan los archivos Markdown (.md) y HTML de estas carpetas; los cambios se detectan en menos de un minuto.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>How often the helpdesk&apos;s articles are copied to this computer, so they can be searched offline.</source>
        <translation>Con qué frecuencia se copian a este equipo los artículos de la mesa de ayuda, para poder buscarlos sin conexión.</translation>
    </message>
    <message>
        <source>Copy helpdesk articles e&amp;very:</source>
        <translation>Copiar los artículos de la mesa de ayuda &amp;cada:</translation>
    </message>
    <message>
        <source>Folder of articles</source>
        <translation>Carpeta de artículos</translation>
    </message>
    <message>
        <source>The article folder “%1” does not exist or cannot be read.</source>
        <translation>La carpeta de artículos «%1» no existe o no se puede leer.</translation>
    </message>
</context>
<context>
    <name>KnownProblemPanel</name>
    <message>
        <source>We already know about this problem</source>
        <extracomment>Wait this long after a keystroke before matching. Announcements shown at most: the best ones; more would push the form away.</extracomment>
        <translation>Ya conocemos este problema</translation>
    </message>
    <message>
        <source>IT is working on it, and you will be told when it is fixed — no need to report it. If your problem is a different one, or you have something to add, go on with your report.</source>
        <translation>El departamento de TI está trabajando en él y se le avisará cuando esté resuelto; no hace falta informar de él. Si su problema es otro, o tiene algo que agregar, continúe con su informe.</translation>
    </message>
</context>
<context>
    <name>KnownProblemsWindow</name>
    <message>
        <source>Known problems</source>
        <translation>Problemas conocidos</translation>
    </message>
    <message>
        <source>IT already knows about these problems and is working on them. You will be told when each is fixed.</source>
        <translation>El departamento de TI ya conoce estos problemas y está trabajando en ellos. Se le avisará cuando se resuelva cada uno.</translation>
    </message>
    <message>
        <source>There are no known problems right now.</source>
        <translation>No hay problemas conocidos en este momento.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Informar de un problema…</translation>
    </message>
    <message>
        <source>Your problem is a different one, or you have something to add</source>
        <translation>Su problema es otro, o tiene algo que agregar</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notify me when support replies or a request changes</source>
        <translation>Notificarme cuando el soporte técnico responda o cambie una solicitud</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>p. ej., 22:00-07:00</translation>
    </message>
    <message>
        <source>No notifications during these hours each day; the tray still counts the requests with news.</source>
        <translation>Sin notificaciones durante estas horas todos los días; el icono del área de notificación sigue contando las solicitudes con novedades.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Horas de silencio:</translation>
    </message>
    <message>
        <source>Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).</source>
        <translation>Las horas de silencio se escriben como 22:00-07:00 (desde-hasta, formato de 24 horas).</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{count} requests have news</source>
        <translation>{count} solicitudes tienen novedades</translation>
    </message>
    <message>
        <source>Open My requests to see what support did.</source>
        <translation>Abra «Mis solicitudes» para ver lo que hizo el soporte técnico.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer on request #{id}</source>
        <translation>El soporte técnico espera su respuesta en la solicitud #{id}</translation>
    </message>
    <message>
        <source>{excerpt}</source>
        <translation>{excerpt}</translation>
    </message>
    <message>
        <source>Support replied to request #{id}</source>
        <translation>El soporte técnico respondió a la solicitud #{id}</translation>
    </message>
    <message>
        <source>Request #{id} is solved</source>
        <translation>La solicitud #{id} está resuelta</translation>
    </message>
    <message>
        <source>{subject}
If the problem is still there, you can reopen it.</source>
        <translation>{subject}
Si el problema persiste, puede reabrirla.</translation>
    </message>
    <message>
        <source>Request #{id} changed status</source>
        <translation>La solicitud #{id} cambió de estado</translation>
    </message>
    <message>
        <source>{subject}</source>
        <translation>{subject}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting for the connection — next try at %1</source>
        <translation>Esperando la conexión — próximo intento a las %1</translation>
    </message>
    <message>
        <source>Waiting for a helpdesk to be set up (Settings)</source>
        <translation>Esperando a que se configure una mesa de ayuda (Configuración)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again (Settings)</source>
        <translation>Esperando a que vuelva a iniciar sesión (Configuración)</translation>
    </message>
    <message>
        <source>Not accepted by the helpdesk — see the reason below</source>
        <translation>No aceptado por la mesa de ayuda — vea el motivo abajo</translation>
    </message>
    <message>
        <source>Reply to request #%1</source>
        <translation>Respuesta a la solicitud #%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Waiting reports</source>
        <translation>Informes pendientes</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>Save to &amp;ZIP…</source>
        <translation>Guardar en &amp;ZIP…</translation>
    </message>
    <message>
        <source>&amp;Delete report…</source>
        <translation>&amp;Eliminar informe…</translation>
    </message>
    <message>
        <source>&amp;Other ways to reach support…</source>
        <translation>&amp;Otras formas de comunicarse con el soporte técnico…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>El correo comienza con este informe</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Stop upload</source>
        <translation>&amp;Detener el envío</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. They are kept on this computer until the helpdesk has them.</source>
        <translation>Pendientes de envío: %1. Se conserva todo en este equipo hasta que la mesa de ayuda lo reciba.</translation>
    </message>
    <message>
        <source>Everything was sent.</source>
        <translation>Se envió todo.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 MB</source>
        <translation>Enviando: %1 de %2 MB</translation>
    </message>
    <message>
        <source>&amp;Delete reply…</source>
        <translation>&amp;Eliminar respuesta…</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Save report to a ZIP file</source>
        <translation>Guardar el informe en un archivo ZIP</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The ZIP file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo ZIP: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Hand this file to IT.</source>
        <translation>Guardado en %1. Entregue este archivo al departamento de TI.</translation>
    </message>
    <message>
        <source>Delete your reply to request #%1 without sending it?</source>
        <translation>¿Eliminar su respuesta a la solicitud #%1 sin enviarla?</translation>
    </message>
    <message>
        <source>Delete the report “%1” without sending it?</source>
        <translation>¿Eliminar el informe «%1» sin enviarlo?</translation>
    </message>
</context>
<context>
    <name>OversizeBox</name>
    <message>
        <source>&amp;Compress</source>
        <translation>&amp;Comprimir</translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation>&amp;Quitar del informe</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; your helpdesk accepts files up to %3 MB.</source>
        <translation>«%1» ocupa %2 MB; su mesa de ayuda acepta archivos de hasta %3 MB.</translation>
    </message>
    <message>
        <source>Even compressed it is too large. Leave it out and give it to IT another way.</source>
        <translation>Incluso comprimido es demasiado grande. Quítelo del informe y entréguelo al departamento de TI de otra forma.</translation>
    </message>
    <message>
        <source>Compress it into a ZIP file, or leave it out of the report.</source>
        <translation>Comprímalo en un archivo ZIP o quítelo del informe.</translation>
    </message>
    <message>
        <source>Compressing “%1”…</source>
        <translation>Comprimiendo «%1»…</translation>
    </message>
    <message>
        <source>Compressed, “%1” is still %2 MB; your helpdesk accepts files up to %3 MB. Leave it out and give it to IT another way.</source>
        <translation>Comprimido, «%1» sigue ocupando %2 MB; su mesa de ayuda acepta archivos de hasta %3 MB. Quítelo del informe y entréguelo al departamento de TI de otra forma.</translation>
    </message>
    <message>
        <source>“%1” could not be compressed (%2). It is still attached; try again or leave it out.</source>
        <translation>No se pudo comprimir «%1» (%2). Sigue adjunto; vuelva a intentarlo o quítelo del informe.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What is wrong?</source>
        <translation>¿Qué ocurre?</translation>
    </message>
    <message>
        <source>Say in one line what does not work, then choose what it is about.</source>
        <translation>Describa en una línea lo que no funciona y, después, elija a qué se refiere.</translation>
    </message>
    <message>
        <source>Example: Outlook says “Disconnected” since this morning</source>
        <translation>Ejemplo: Outlook indica «Desconectado» desde esta mañana</translation>
    </message>
    <message>
        <source>The problem in one &amp;line:</source>
        <translation>El problema en una &amp;línea:</translation>
    </message>
    <message>
        <source>What is it &amp;about?</source>
        <translation>¿A qué se &amp;refiere?</translation>
    </message>
</context>
<context>
    <name>ProblemWatchers</name>
    <message>
        <source>Known problem: %1</source>
        <translation>Problema conocido: %1</translation>
    </message>
    <message>
        <source>IT is working on it. You will be told when it is fixed.</source>
        <translation>El departamento de TI está trabajando en él. Se le avisará cuando esté resuelto.</translation>
    </message>
    <message numerus="yes">
        <source>%n known problem(s)</source>
        <translation>
            <numerusform>%n problema conocido</numerusform>
            <numerusform>%n problemas conocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Resuelto: %1</translation>
    </message>
    <message>
        <source>IT says this problem is fixed. If it still happens to you, report it.</source>
        <translation>El departamento de TI indica que este problema está resuelto. Si aún le ocurre, informe de él.</translation>
    </message>
    <message>
        <source>%1 closed unexpectedly</source>
        <translation>%1 se cerró inesperadamente</translation>
    </message>
    <message>
        <source>Report this problem: the details are filled in for you.</source>
        <translation>Informe de este problema: los detalles ya están completados.</translation>
    </message>
    <message numerus="yes">
        <source>Known &amp;problems (%n)…</source>
        <translation>
            <numerusform>&amp;Problemas conocidos (%n)…</numerusform>
            <numerusform>&amp;Problemas conocidos (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Report the crash of %1…</source>
        <translation>Informar del cierre inesperado de %1…</translation>
    </message>
</context>
<context>
    <name>QueuedReply</name>
    <message>
        <source>HelpClient sends it after you sign in again in Settings.</source>
        <translation>HelpClient la enviará cuando vuelva a iniciar sesión en Configuración.</translation>
    </message>
    <message>
        <source>Not sent: %1 Open “Waiting to be sent” in HelpClient&apos;s menu to send it again or delete it.</source>
        <translation>No enviada: %1 Abra «Bandeja de salida» en el menú de HelpClient para volver a enviarla o eliminarla.</translation>
    </message>
    <message>
        <source>HelpClient sends it by itself as soon as the helpdesk can be reached.</source>
        <translation>HelpClient la enviará automáticamente en cuanto se pueda acceder a la mesa de ayuda.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rate the article — was it helpful?</source>
        <translation>Valore el artículo: ¿le resultó útil?</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>Ú&amp;til</translation>
    </message>
    <message>
        <source>N&amp;ot helpful</source>
        <translation>N&amp;o útil</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did we do?</source>
        <translation>¿Qué tal lo hicimos?</translation>
    </message>
    <message>
        <source>Are you happy with how support solved this request?</source>
        <translation>¿Está satisfecho con la forma en que el soporte técnico resolvió esta solicitud?</translation>
    </message>
    <message>
        <source>A comment for support (optional)</source>
        <translation>Un comentario para el soporte técnico (opcional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>RedmineSignIn</name>
    <message>
        <source>The address is Redmine&apos;s web address: its home page, not a project&apos;s or an issue&apos;s page.</source>
        <translation>La dirección es la dirección web de Redmine: su página de inicio, no la página de un proyecto o de una petición.</translation>
    </message>
    <message>
        <source>API access key</source>
        <translation>Clave de acceso de la API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>In Redmine: My account (top right) → API access key → Show. Copy the key and paste it here. HelpClient keeps it in your system keyring.</source>
        <translation>En Redmine: Mi cuenta (arriba a la derecha) → Clave de acceso de la API → Mostrar. Copie la clave y péguela aquí. HelpClient la guarda en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>No API access key on My account? Redmine&apos;s administrator must enable Administration → Settings → API → “Enable REST web service”. Your role in the requests&apos; project needs “Add issues”, “View issues” (your own), “Add notes”, and “Edit own issues” for closing your requests. IT sets the project and tracker in HelpClient&apos;s settings.</source>
        <translation>¿No aparece la clave de acceso de la API en Mi cuenta? El administrador de Redmine debe habilitar Administración → Configuración → API → «Activar servicio web REST». Su perfil en el proyecto de las solicitudes necesita los permisos «Añadir peticiones», «Ver peticiones» (las suyas), «Añadir notas» y, para cerrar sus solicitudes, «Editar peticiones propias». El departamento de TI define el proyecto y el tracker en la configuración de HelpClient.</translation>
    </message>
    <message>
        <source>Redmine did not accept this API key. Copy it again from My account → API access key → Show; if it was reset, the old key no longer works.</source>
        <translation>Redmine no aceptó esta clave de API. Vuelva a copiarla desde Mi cuenta → Clave de acceso de la API → Mostrar; si se regeneró, la clave anterior ya no funciona.</translation>
    </message>
</context>
<context>
    <name>RemoteAssist</name>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient opened it in my browser at {time}.</source>
        <extracomment>The placeholders IT may use, each filled from :class:`Facts`.</extracomment>
        <translation>Asistencia remota: acepté que el soporte técnico se conectara a mi equipo con {tool}. HelpClient lo abrió en mi navegador el {time}.</translation>
    </message>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient started it at {time}.</source>
        <translation>Asistencia remota: acepté que el soporte técnico se conectara a mi equipo con {tool}. HelpClient lo inició el {time}.</translation>
    </message>
</context>
<context>
    <name>RemoteConsent</name>
    <message>
        <source>End the session on the %1 page, or close that browser tab.</source>
        <translation>Finalice la sesión en la página de %1 o cierre esa pestaña del navegador.</translation>
    </message>
    <message>
        <source>Close %1, or end the session in its window.</source>
        <translation>Cierre %1 o finalice la sesión en su ventana.</translation>
    </message>
    <message>
        <source>HelpClient&apos;s menu also offers “Stop remote assistance” while %1 runs.</source>
        <translation>Mientras %1 se esté ejecutando, el menú de HelpClient también ofrece «Detener la asistencia remota».</translation>
    </message>
</context>
<context>
    <name>RemoteNotices</name>
    <message>
        <source>Remote assistance</source>
        <translation>Asistencia remota</translation>
    </message>
    <message>
        <source>To stop: %1</source>
        <translation>Para finalizar: %1</translation>
    </message>
    <message>
        <source>%1 is open in your web browser. Support can connect once you follow the steps on that page.</source>
        <translation>%1 está abierto en su navegador web. El soporte técnico podrá conectarse cuando usted siga los pasos de esa página.</translation>
    </message>
    <message>
        <source>%1 is starting. Support can connect once you follow the steps in its window.</source>
        <translation>%1 se está iniciando. El soporte técnico podrá conectarse cuando usted siga los pasos de su ventana.</translation>
    </message>
    <message>
        <source>%1 is already running: support can connect with it.</source>
        <translation>%1 ya se está ejecutando: el soporte técnico puede conectarse con él.</translation>
    </message>
    <message>
        <source>Nothing was shared with support. Ask support to help you another way, and tell them this message so IT can fix the remote-assistance tool on this computer.</source>
        <translation>No se compartió nada con el soporte técnico. Pida al soporte técnico que le ayude de otra forma y comuníquele este mensaje para que el departamento de TI pueda reparar la herramienta de asistencia remota de este equipo.</translation>
    </message>
    <message>
        <source>Support&apos;s phone: %1.</source>
        <translation>Teléfono del soporte técnico: %1.</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 no se inició</translation>
    </message>
    <message>
        <source>Remote assistance started, but the note about it could not be added to request #%1: %2 Tell support about the session yourself, in the request or by phone.</source>
        <translation>La asistencia remota se inició, pero no se pudo agregar la nota a la solicitud #%1: %2 Informe usted mismo al soporte técnico sobre la sesión, en la solicitud o por teléfono.</translation>
    </message>
    <message>
        <source>The remote-assistance tool</source>
        <extracomment>``send_note(ticket_id, text)``: True when the request has it, False when it waits to be sent</extracomment>
        <translation>La herramienta de asistencia remota</translation>
    </message>
    <message>
        <source>The remote-assistance tool is not available on this computer any more.</source>
        <translation>La herramienta de asistencia remota ya no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it yourself: %1</source>
        <translation>HelpClient no pudo abrir su navegador web. Abra usted mismo esta dirección en él: %1</translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation>No se pudo iniciar %1 (%2).</translation>
    </message>
    <message>
        <source>%1 stopped right after it started (exit code %2), so support cannot connect.</source>
        <translation>%1 se detuvo justo después de iniciarse (código de salida %2), así que el soporte técnico no puede conectarse.</translation>
    </message>
</context>
<context>
    <name>RemoteOffer</name>
    <message>
        <source>Let support connect to my computer…</source>
        <translation>Permitir que el soporte técnico se conecte a mi equipo…</translation>
    </message>
    <message>
        <source>Start the remote-assistance tool your support team uses (HelpClient asks you first)</source>
        <translation>Iniciar la herramienta de asistencia remota que utiliza su soporte técnico (HelpClient le pregunta antes)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen request</source>
        <translation>Reabrir solicitud</translation>
    </message>
    <message>
        <source>Tell support what is still wrong, so they can pick it up again.</source>
        <translation>Indique al soporte técnico qué sigue fallando, para que puedan retomar la solicitud.</translation>
    </message>
    <message>
        <source>For example: the printer stopped again this morning.</source>
        <translation>Por ejemplo: la impresora volvió a dejar de funcionar esta mañana.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motivo de la reapertura</translation>
    </message>
    <message>
        <source>Please describe why the request should be reopened.</source>
        <translation>Describa por qué se debe reabrir la solicitud.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>ReplyFiles</name>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation>Agregar captura de pantalla</translation>
    </message>
    <message>
        <source>Take a picture of your screen or of one window (HelpClient&apos;s windows step aside), crop it or black out what support should not see, and attach it to the reply</source>
        <translation>Tomar una imagen de la pantalla o de una ventana (las ventanas de HelpClient se ocultan mientras tanto), recortarla o tapar lo que el soporte técnico no deba ver, y adjuntarla a la respuesta</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Quitar archivos</translation>
    </message>
    <message>
        <source>Attach files to your reply</source>
        <translation>Adjuntar archivos a su respuesta</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A program or app</source>
        <translation>Un programa o una aplicación</translation>
    </message>
    <message>
        <source>Computer or device</source>
        <translation>Equipo o dispositivo</translation>
    </message>
    <message>
        <source>Network, Wi-Fi or VPN</source>
        <translation>Red, Wi-Fi o VPN</translation>
    </message>
    <message>
        <source>Account, password or access</source>
        <translation>Cuenta, contraseña o acceso</translation>
    </message>
    <message>
        <source>Printing or scanning</source>
        <translation>Impresión o escaneo</translation>
    </message>
    <message>
        <source>E-mail or calendar</source>
        <translation>Correo electrónico o calendario</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Hace un momento</translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation>Hoy, más temprano</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>In the last few days</source>
        <translation>En los últimos días</translation>
    </message>
    <message>
        <source>More than a week ago</source>
        <translation>Hace más de una semana</translation>
    </message>
    <message>
        <source>It never worked</source>
        <translation>Nunca funcionó</translation>
    </message>
    <message>
        <source>It can wait — I have a workaround</source>
        <translation>Puede esperar: tengo una solución alternativa</translation>
    </message>
    <message>
        <source>It slows down my work</source>
        <translation>Ralentiza mi trabajo</translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation>No puedo trabajar</translation>
    </message>
    <message>
        <source>Several people cannot work</source>
        <translation>Varias personas no pueden trabajar</translation>
    </message>
    <message>
        <source>Describe the problem in one line.</source>
        <translation>Describa el problema en una línea.</translation>
    </message>
    <message>
        <source>Use at least {n} characters to describe the problem.</source>
        <translation>Use al menos {n} caracteres para describir el problema.</translation>
    </message>
    <message>
        <source>Keep the summary under {n} characters; put details in the next steps.</source>
        <translation>El resumen debe tener menos de {n} caracteres; ponga los detalles en los pasos siguientes.</translation>
    </message>
    <message>
        <source>Choose what the problem is about.</source>
        <translation>Elija a qué se refiere el problema.</translation>
    </message>
    <message>
        <source>Add at least one thing you did, one step per line.</source>
        <translation>Agregue al menos una cosa que hizo, un paso por línea.</translation>
    </message>
    <message>
        <source>Step {i} is too long: keep each step under {n} characters.</source>
        <translation>El paso {i} es demasiado largo: cada paso debe tener menos de {n} caracteres.</translation>
    </message>
    <message>
        <source>Paste the exact error message, or tick “There was no error message”.</source>
        <translation>Pegue el mensaje de error exacto o marque «No hubo ningún mensaje de error».</translation>
    </message>
    <message>
        <source>The error text is longer than {n} characters; paste only the most important lines.</source>
        <translation>El texto del error tiene más de {n} caracteres; pegue solo las líneas más importantes.</translation>
    </message>
    <message>
        <source>Choose when the problem started.</source>
        <translation>Elija cuándo empezó el problema.</translation>
    </message>
    <message>
        <source>Name the program that has the problem, or tick “Not about a specific program”.</source>
        <translation>Indique el programa que tiene el problema o marque «No se refiere a un programa concreto».</translation>
    </message>
    <message>
        <source>Choose how urgent the problem is.</source>
        <translation>Elija la urgencia del problema.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Enter your e-mail address so support can answer you.</source>
        <translation>Escriba su dirección de correo electrónico para que el soporte técnico pueda responderle.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address (example: name@company.com).</source>
        <translation>«{value}» no es una dirección de correo electrónico válida (ejemplo: nombre@empresa.com).</translation>
    </message>
    <message>
        <source>Tick “I agree” to send the checked information, or uncheck every item to send none.</source>
        <translation>Marque «Acepto» para enviar la información marcada, o desmarque todos los elementos para no enviar nada.</translation>
    </message>
    <message>
        <source>Your helpdesk needs this field filled in.</source>
        <translation>Su mesa de ayuda necesita que complete este campo.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation>«{value}» no parece un número de teléfono: use dígitos, espacios y, si lo desea, un + al principio.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <source>What I saw</source>
        <translation>Lo que vi</translation>
    </message>
    <message>
        <source>There was no error message.</source>
        <translation>No hubo ningún mensaje de error.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <source>Software affected</source>
        <translation>Software afectado</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>Not about a specific program.</source>
        <translation>No se refiere a un programa concreto.</translation>
    </message>
    <message>
        <source>Urgency and contact</source>
        <translation>Urgencia y contacto</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Información del sistema</translation>
    </message>
    <message>
        <source>{n} items about this computer, reviewed by me, attached as a ZIP file.</source>
        <translation>{n} elementos sobre este equipo, revisados por mí, adjuntos en un archivo ZIP.</translation>
    </message>
    <message>
        <source>Articles already tried</source>
        <translation>Artículos ya consultados</translation>
    </message>
    <message>
        <source>Quick checks of this computer</source>
        <translation>Comprobaciones rápidas de este equipo</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Discard this report?</source>
        <translation>¿Descartar este informe?</translation>
    </message>
    <message>
        <source>What you entered will be lost.</source>
        <translation>Se perderá lo que escribió.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Glad that solved it!</source>
        <translation>¡Qué bien que se resolvió!</translation>
    </message>
    <message>
        <source>Nothing was sent to support. If the problem comes back, choose Report a problem from HelpClient&apos;s icon in the system tray (or its window) at any time.</source>
        <translation>No se envió nada al soporte técnico. Si el problema vuelve a aparecer, elija «Informar de un problema» en el icono de HelpClient del área de notificación (o en su ventana) en cualquier momento.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>Back &amp;to review</source>
        <translation>Volver a la rev&amp;isión</translation>
    </message>
</context>
<context>
    <name>RequestTrackerSignIn</name>
    <message>
        <source>In Request Tracker, open Logged in as → Settings → Auth Tokens, create a token and paste it here. If that menu is missing, IT support creates the token for you.</source>
        <translation>En Request Tracker, abra «Logged in as» → «Settings» → «Auth Tokens», cree un token y péguelo aquí. Si ese menú no aparece, el soporte técnico crea el token por usted.</translation>
    </message>
    <message>
        <source>Request Tracker lets only privileged users create their own tokens: for everyone else an administrator creates them (see HelpClient&apos;s README, “Using it with your own Request Tracker”).</source>
        <translation>Request Tracker solo permite a los usuarios privilegiados crear sus propios tokens: para los demás, los crea un administrador (consulte el README de HelpClient, «Using it with your own Request Tracker»).</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>Todavía no tiene solicitudes.</translation>
    </message>
    <message>
        <source>When you report a problem, you can follow it here.</source>
        <translation>Cuando informe de un problema, podrá seguirlo aquí.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Informar de un problema…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Request #%1 — %2</source>
        <translation>Solicitud #%1 — %2</translation>
    </message>
    <message>
        <source>Search by subject or number</source>
        <translation>Buscar por asunto o número</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check the helpdesk for news (F5)</source>
        <translation>Buscar novedades en la mesa de ayuda (F5)</translation>
    </message>
    <message>
        <source>← My requests</source>
        <translation>← Mis solicitudes</translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation>Volver a la lista (%1)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Not up to date: as of %1</source>
        <translation>Sin actualizar: datos a fecha de %1</translation>
    </message>
</context>
<context>
    <name>ResultRowWidget</name>
    <message>
        <source>How to fix it: %1</source>
        <extracomment>rows in this order: what needs the user first</extracomment>
        <translation>Cómo solucionarlo: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>This is exactly what support will receive. Use Edit to change a part, then press Send.</source>
        <translation>Esto es exactamente lo que recibirá el soporte técnico. Use «Editar» para cambiar una parte y, después, haga clic en «Enviar».</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Enviando su solicitud…</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Otras formas de comunicarse con el soporte técnico…</translation>
    </message>
    <message>
        <source>Also for when sending does not work: the e-mail starts with this report</source>
        <translation>También para cuando el envío no funciona: el correo comienza con este informe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>Your request was not sent. %1

Nothing was lost: your report is still here. Press Send to try again.</source>
        <translation>Su solicitud no se envió. %1

No se perdió nada: su informe sigue aquí. Haga clic en «Enviar» para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Show requests</source>
        <translation>Mostrar solicitudes</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>Esperando mi respuesta (%1)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Esperando mi respuesta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>ScreenshotBar</name>
    <message>
        <source>Add a &amp;screenshot</source>
        <translation>Agregar una &amp;captura de pantalla</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Capturas de pantalla</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>HelpClient hides its own windows while it takes the picture.</source>
        <translation>HelpClient oculta sus propias ventanas mientras toma la imagen.</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>Drag over the picture to crop it or to black out what support should not see.</source>
        <translation>Arrastre sobre la imagen para recortarla o para tapar lo que el soporte técnico no deba ver.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Recortar</translation>
    </message>
    <message>
        <source>&amp;Black out</source>
        <translation>&amp;Tapar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Adjuntar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>D&amp;escartar</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>&amp;Whole desktop</source>
        <translation>&amp;Todo el escritorio</translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation>Pantalla %1 (%2)</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Una ventana</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Mesa de ayuda</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de conocimientos</translation>
    </message>
    <message>
        <source>System &amp;information</source>
        <translation>Información del &amp;sistema</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by %1 for this computer and cannot be changed here.</source>
        <translation>La configuración que aparece atenuada la establece %1 para este equipo y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by your organisation for this computer and cannot be changed here.</source>
        <translation>La configuración que aparece atenuada la establece su organización para este equipo y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Show HelpClient in:</source>
        <translation>Mostrar HelpClient &amp;en:</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Igual que la interfaz</translation>
    </message>
    <message>
        <source>&amp;Write requests in:</source>
        <translation>Esc&amp;ribir las solicitudes en:</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Establecido por la directiva de su organización.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>SettingsGroup</name>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Establecido por la directiva de su organización.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in to %1 at %2.</source>
        <translation>Inicie sesión en %1 en %2.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Asking %1 how you may sign in…</source>
        <translation>Consultando a %1 cómo puede iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>C&amp;ola:</translation>
    </message>
    <message>
        <source>My web browser</source>
        <translation>Mi navegador web</translation>
    </message>
    <message>
        <source>My login and password</source>
        <translation>Mi usuario y contraseña</translation>
    </message>
    <message>
        <source>My e-mail address and API key</source>
        <translation>Mi correo electrónico y mi clave de API</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Un token de acceso</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Paste the access token you created in %1 (or that IT support gave you). HelpClient keeps it in your system keyring.</source>
        <translation>Pegue el token de acceso que creó en %1 (o que le dio el soporte técnico). HelpClient lo guarda en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>Use the login and password of %1&apos;s web page. HelpClient keeps them in your system keyring.</source>
        <translation>Use el usuario y la contraseña de la página web de %1. HelpClient los guarda en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your %1 account and your personal API key. HelpClient keeps the key in your system keyring.</source>
        <translation>Escriba la dirección de correo electrónico de su cuenta de %1 y su clave de API personal. HelpClient guarda la clave en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in now. Ask the helpdesk&apos;s administrator, or choose another way.</source>
        <translation>El servidor no acepta ahora esta forma de iniciar sesión. Consulte al administrador de la mesa de ayuda o elija otra forma.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept this login and password. Check them and try again.</source>
        <translation>La mesa de ayuda no aceptó este usuario y contraseña. Compruébelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 (switched off on this server)</source>
        <translation>%1 (desactivado en este servidor)</translation>
    </message>
    <message>
        <source>%1 answers at this address.</source>
        <translation>%1 responde en esta dirección.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>No se pudo consultar al servidor: %1</translation>
    </message>
    <message>
        <source>Fill in the fields above first.</source>
        <translation>Complete primero los campos de arriba.</translation>
    </message>
    <message>
        <source>Paste your access token first.</source>
        <translation>Pegue primero su token de acceso.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>SoftwarePage</name>
    <message>
        <source>Which program?</source>
        <translation>¿Qué programa?</translation>
    </message>
    <message>
        <source>Name the program that has the problem, and its version if you know it.</source>
        <translation>Indique el programa que tiene el problema y su versión, si la conoce.</translation>
    </message>
    <message>
        <source>Example: Microsoft Outlook</source>
        <translation>Ejemplo: Microsoft Outlook</translation>
    </message>
    <message>
        <source>If you know it: usually under Help › About</source>
        <translation>Si la conoce: suele estar en Ayuda › Acerca de</translation>
    </message>
    <message>
        <source>N&amp;ot about a specific program</source>
        <translation>N&amp;o se refiere a un programa concreto</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Start typing: programs installed on this computer are suggested</source>
        <translation>Empiece a escribir: se sugieren los programas instalados en este equipo</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperando su respuesta</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Support has received the request and will look at it soon.</source>
        <translation>El soporte técnico recibió la solicitud y la revisará pronto.</translation>
    </message>
    <message>
        <source>Support is working on the request.</source>
        <translation>El soporte técnico está trabajando en la solicitud.</translation>
    </message>
    <message>
        <source>Support needs an answer from you to go on.</source>
        <translation>El soporte técnico necesita una respuesta suya para continuar.</translation>
    </message>
    <message>
        <source>The request is paused, for example while support waits for a delivery or another team.</source>
        <translation>La solicitud está en pausa, por ejemplo mientras el soporte técnico espera una entrega o a otro departamento.</translation>
    </message>
    <message>
        <source>The problem is solved. If it comes back, reopen the request.</source>
        <translation>El problema está resuelto. Si vuelve a aparecer, reabra la solicitud.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>La solicitud está cerrada.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>These articles may solve it right away:</source>
        <translation>Estos artículos podrían resolverlo de inmediato:</translation>
    </message>
</context>
<context>
    <name>SysinfoPage</name>
    <message>
        <source>What will be sent</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <source>Support needs some facts about your computer. Check what may be attached to your report; nothing is sent until you press Send.</source>
        <translation>El soporte técnico necesita algunos datos sobre su equipo. Revise lo que se puede adjuntar a su informe; no se envía nada hasta que haga clic en «Enviar».</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Information to send</source>
        <translation>Información que se enviará</translation>
    </message>
    <message>
        <source>Exact text that will be sent</source>
        <translation>Texto exacto que se enviará</translation>
    </message>
    <message>
        <source>&amp;Hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>&amp;Ocultar mi nombre de usuario, nombre del equipo, carpetas, correo electrónico y direcciones IP</translation>
    </message>
    <message>
        <source>I &amp;agree to send the checked information with my report</source>
        <translation>Acepto en&amp;viar la información marcada con mi informe</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Establecido por la directiva de su organización</translation>
    </message>
    <message>
        <source>System information is not available.</source>
        <translation>La información del sistema no está disponible.</translation>
    </message>
    <message>
        <source>Collecting information about this computer…</source>
        <translation>Recopilando información sobre este equipo…</translation>
    </message>
    <message>
        <source>Could not collect system information: %1. Your report can be sent without it.</source>
        <translation>No se pudo recopilar la información del sistema: %1. Su informe se puede enviar sin ella.</translation>
    </message>
    <message>
        <source>Technical information</source>
        <translation>Información técnica</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Información personal</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>No recopilado</translation>
    </message>
    <message>
        <source>Select an item to see exactly what will be sent. Highlighted marks show where secrets were removed.</source>
        <translation>Seleccione un elemento para ver exactamente lo que se enviará. Las marcas resaltadas muestran dónde se quitaron datos secretos.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>… The preview shows the first %1 of %2; the whole file is sent.</source>
        <translation>… La vista previa muestra los primeros %1 de %2; se envía el archivo completo.</translation>
    </message>
    <message>
        <source>Not collected: %1</source>
        <translation>No recopilado: %1</translation>
    </message>
    <message>
        <source>%1 items, %2, will be attached as a ZIP file.</source>
        <translation>Se adjuntarán %1 elementos (%2) como archivo ZIP.</translation>
    </message>
    <message>
        <source>Left out because of the size limit: %1.</source>
        <translation>Se omitió por el límite de tamaño: %1.</translation>
    </message>
    <message>
        <source>No system information will be sent.</source>
        <translation>No se enviará información del sistema.</translation>
    </message>
</context>
<context>
    <name>SysinfoSettings</name>
    <message>
        <source>System information</source>
        <translation>Información del sistema</translation>
    </message>
    <message>
        <source>&amp;Offer to attach system information to new reports</source>
        <translation>&amp;Ofrecer adjuntar información del sistema a los nuevos informes</translation>
    </message>
    <message>
        <source>A&amp;nonymise it: hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>&amp;Anonimizarla: ocultar mi nombre de usuario, nombre del equipo, carpetas, correo electrónico y direcciones IP</translation>
    </message>
    <message>
        <source>You see every item before a report is sent and can leave any of them out. Passwords and tokens are always removed.</source>
        <translation>Verá cada elemento antes de que se envíe un informe y podrá omitir cualquiera. Las contraseñas y los tokens siempre se eliminan.</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>left out by the user</source>
        <translation>omitido por el usuario</translation>
    </message>
    <message>
        <source>left out: the bundle would exceed {cap} bytes</source>
        <translation>omitido: el paquete superaría {cap} bytes</translation>
    </message>
    <message>
        <source>System information for support</source>
        <translation>Información del sistema para el soporte técnico</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Creado: {when}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>No incluido</translation>
    </message>
    <message>
        <source>User name, computer name, home folders, e-mail and IP addresses were replaced by [REDACTED:…] marks.</source>
        <translation>El nombre de usuario, el nombre del equipo, las carpetas personales, el correo electrónico y las direcciones IP se sustituyeron por marcas [REDACTED:…].</translation>
    </message>
    <message>
        <source>(summary unavailable: {error})</source>
        <translation>(resumen no disponible: {error})</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>recopilado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>the app&apos;s own way to servers (its proxy, its trust): the connection checks take it</extracomment>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Many problems depend on the exact system version.</source>
        <translation>Muchos problemas dependen de la versión exacta del sistema.</translation>
    </message>
    <message>
        <source>Computer model and name</source>
        <translation>Modelo y nombre del equipo</translation>
    </message>
    <message>
        <source>Identifies your computer in the IT inventory.</source>
        <translation>Identifica su equipo en el inventario de TI.</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <source>Account problems depend on who is signed in.</source>
        <translation>Los problemas de cuenta dependen de quién haya iniciado sesión.</translation>
    </message>
    <message>
        <source>Uptime and last start</source>
        <translation>Tiempo de actividad y último inicio</translation>
    </message>
    <message>
        <source>Some problems go away with a restart; this tells support when the last one was.</source>
        <translation>Algunos problemas desaparecen al reiniciar; esto indica al soporte técnico cuándo fue el último reinicio.</translation>
    </message>
    <message>
        <source>Processor and load</source>
        <translation>Procesador y carga</translation>
    </message>
    <message>
        <source>Shows whether the computer is overloaded.</source>
        <translation>Muestra si el equipo está sobrecargado.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Too little free memory slows everything.</source>
        <translation>Con poca memoria libre, todo va más lento.</translation>
    </message>
    <message>
        <source>Disks and free space</source>
        <translation>Discos y espacio libre</translation>
    </message>
    <message>
        <source>A full disk causes many strange errors.</source>
        <translation>Un disco lleno provoca muchos errores extraños.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Power saving can slow down or disconnect a laptop.</source>
        <translation>El ahorro de energía puede ralentizar o desconectar un equipo portátil.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Display problems depend on resolution and scaling.</source>
        <translation>Los problemas de visualización dependen de la resolución y la escala.</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Configuración de red</translation>
    </message>
    <message>
        <source>Addresses, DNS, gateway, proxy and VPN explain most connection problems.</source>
        <translation>Las direcciones, el DNS, la puerta de enlace, el proxy y la VPN explican la mayoría de los problemas de conexión.</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Comprobaciones de conexión</translation>
    </message>
    <message>
        <source>Shows whether the helpdesk and company services can be reached.</source>
        <translation>Muestra si se puede acceder a la mesa de ayuda y a los servicios de la empresa.</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Software instalado</translation>
    </message>
    <message>
        <source>Support checks which programs and versions are installed.</source>
        <translation>El soporte técnico comprueba qué programas y versiones están instalados.</translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation>Programas más activos</translation>
    </message>
    <message>
        <source>Shows which programs use the most processor time and memory.</source>
        <translation>Muestra qué programas usan más tiempo de procesador y memoria.</translation>
    </message>
    <message>
        <source>Recent system errors</source>
        <translation>Errores recientes del sistema</translation>
    </message>
    <message>
        <source>Errors the system logged in the last 24 hours often name the cause.</source>
        <translation>Los errores que el sistema registró en las últimas 24 horas suelen indicar la causa.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>Printer names and stuck print jobs.</source>
        <translation>Nombres de las impresoras y trabajos de impresión atascados.</translation>
    </message>
    <message>
        <source>Language, time zone and clock</source>
        <translation>Idioma, zona horaria y reloj</translation>
    </message>
    <message>
        <source>Wrong time or language settings break sign-ins and documents.</source>
        <translation>Una hora o una configuración de idioma incorrectas provocan fallos en los inicios de sesión y en los documentos.</translation>
    </message>
    <message>
        <source>HelpClient version and settings</source>
        <translation>Versión y configuración de HelpClient</translation>
    </message>
    <message>
        <source>Lets support check how HelpClient itself is set up.</source>
        <translation>Permite al soporte técnico comprobar cómo está configurado el propio HelpClient.</translation>
    </message>
    <message>
        <source>HelpClient log (last lines)</source>
        <translation>Registro de HelpClient (últimas líneas)</translation>
    </message>
    <message>
        <source>Shows what HelpClient did just before the problem.</source>
        <translation>Muestra lo que hizo HelpClient justo antes del problema.</translation>
    </message>
    <message>
        <source>OS: {name} (kernel {kernel}, {arch})</source>
        <translation>SO: {name} (kernel {kernel}, {arch})</translation>
    </message>
    <message>
        <source>Uptime: {hours} h (since {boot})</source>
        <translation>Tiempo de actividad: {hours} h (desde {boot})</translation>
    </message>
    <message>
        <source>CPU: {model}; logical cores: {cores}; load: {load}</source>
        <translation>CPU: {model}; núcleos lógicos: {cores}; carga: {load}</translation>
    </message>
    <message>
        <source>Memory: {free} MB free of {total} MB</source>
        <translation>Memoria: {free} MB libres de {total} MB</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB</source>
        <translation>Disco {mount}: {free} GB libres de {size} GB</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB — LOW SPACE</source>
        <translation>Disco {mount}: {free} GB libres de {size} GB — POCO ESPACIO</translation>
    </message>
    <message>
        <source>Network: interfaces up: {up}; gateway: {gateway}; DNS: {dns}; VPN: {vpn}</source>
        <translation>Red: interfaces activas: {up}; puerta de enlace: {gateway}; DNS: {dns}; VPN: {vpn}</translation>
    </message>
    <message>
        <source>Reach {url}: OK</source>
        <translation>Conexión con {url}: OK</translation>
    </message>
    <message>
        <source>Reach {url}: FAILED ({error})</source>
        <translation>Conexión con {url}: ERROR ({error})</translation>
    </message>
    <message>
        <source>Installed packages: {count}; sources: {sources}</source>
        <translation>Paquetes instalados: {count}; orígenes: {sources}</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open this request on the helpdesk&apos;s website</source>
        <translation>Abrir esta solicitud en el sitio web de la mesa de ayuda</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Opened %1 · Last update %2</source>
        <translation>Abierta: %1 · Última actualización: %2</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>There is news you have not seen yet.</source>
        <translation>Hay novedades que todavía no ha visto.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>El soporte técnico espera su respuesta.</translation>
    </message>
    <message>
        <source>Updated %1
Created %2</source>
        <translation>Actualizada: %1
Creada: %2</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Esperando su respuesta: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Con novedades: %1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation>Enviando su valoración…</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Gracias por su valoración.</translation>
    </message>
    <message>
        <source>Saved as %1 in %2</source>
        <translation>Guardado como %1 en %2</translation>
    </message>
    <message>
        <source>Sending your reply…</source>
        <translation>Enviando su respuesta…</translation>
    </message>
    <message>
        <source>Sending your reply… %1 %</source>
        <translation>Enviando su respuesta… %1 %</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Confirming the solution…</source>
        <translation>Confirmando la solución…</translation>
    </message>
    <message>
        <source>Marking the request as solved…</source>
        <translation>Marcando la solicitud como resuelta…</translation>
    </message>
    <message>
        <source>Reopening the request…</source>
        <translation>Reabriendo la solicitud…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>El soporte técnico espera su respuesta.</translation>
    </message>
    <message>
        <source>Write a reply to support…</source>
        <translation>Escriba una respuesta para el soporte técnico…</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>My problem is solved</source>
        <translation>Mi problema está resuelto</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Rate the help…</source>
        <translation>Valorar la ayuda…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Enviar la respuesta (Ctrl+Entrar)</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Solicitud #%1</translation>
    </message>
    <message>
        <source>Confirm the solution</source>
        <translation>Confirmar la solución</translation>
    </message>
    <message>
        <source>This request is solved.</source>
        <translation>Esta solicitud está resuelta.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Esta solicitud está cerrada.</translation>
    </message>
    <message>
        <source>If the problem came back, reopen it.</source>
        <translation>Si el problema volvió a aparecer, reábrala.</translation>
    </message>
    <message>
        <source>If the problem came back, report it again.</source>
        <translation>Si el problema volvió a aparecer, vuelva a informar de él.</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>Solicitud #%1: %2</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer a las %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Waiting to be sent: %1 — will send when the connection is back</source>
        <translation>Bandeja de salida: %1 — se enviará todo al volver la conexión</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with news</source>
        <translation>
            <numerusform>%n solicitud con novedades</numerusform>
            <numerusform>%n solicitudes con novedades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support is waiting for your answer on %n request(s)</source>
        <translation>
            <numerusform>El soporte técnico espera su respuesta en %n solicitud</numerusform>
            <numerusform>El soporte técnico espera su respuesta en %n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 is ready to help&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 está listo para ayudarle&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>When something on your computer does not work, click this icon in the system tray (the row of small icons by the clock). From its menu you can report a problem, follow your requests and search the knowledge base. %1 keeps running there; you do not need to start it.</source>
        <translation>Cuando algo no funcione en su equipo, haga clic en este icono del área de notificación (la fila de iconos pequeños junto al reloj). Desde su menú puede informar de un problema, seguir sus solicitudes y buscar en la base de conocimientos. %1 sigue ejecutándose ahí; no necesita iniciarlo.</translation>
    </message>
    <message>
        <source>&amp;Report a problem now</source>
        <translation>&amp;Informar de un problema ahora</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Entendido</translation>
    </message>
</context>
<context>
    <name>ZammadSignIn</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>In Zammad, click your avatar and open Profile → Token Access. Create a token with the permission “ticket.customer”, copy it (Zammad shows it only once) and paste it here.</source>
        <translation>En Zammad, haga clic en su avatar y abra Perfil → Token Access. Cree un token con el permiso «ticket.customer», cópielo (Zammad solo lo muestra una vez) y péguelo aquí.</translation>
    </message>
    <message>
        <source>Use the login (often your e-mail address) and password you sign in to Zammad&apos;s web page with. An access token is safer: you can revoke it without changing your password.</source>
        <translation>Use el usuario (a menudo, su dirección de correo electrónico) y la contraseña con los que inicia sesión en la página web de Zammad. Un token de acceso es más seguro: puede revocarlo sin cambiar su contraseña.</translation>
    </message>
    <message>
        <source>Zammad accepts passwords from apps only when its administrator switches on “API password access” (Settings → System → API).</source>
        <translation>Zammad solo acepta contraseñas de aplicaciones si su administrador activa «API password access» (Configuración → Sistema → API).</translation>
    </message>
    <message>
        <source>No Token Access in your profile? Zammad&apos;s administrator must give the Customer role the permission “user_preferences.access_token” (Manage → Roles → Customer) and keep “API token access” switched on (Settings → System → API).</source>
        <translation>¿No aparece Token Access en su perfil? El administrador de Zammad debe dar al rol Customer el permiso «user_preferences.access_token» (Administrar → Roles → Customer) y mantener activado «API token access» (Configuración → Sistema → API).</translation>
    </message>
    <message>
        <source>This Zammad accepts neither access tokens nor passwords from apps. Ask its administrator to switch on “API token access” (Settings → System → API).</source>
        <translation>Este Zammad no acepta de las aplicaciones ni tokens de acceso ni contraseñas. Pida a su administrador que active «API token access» (Configuración → Sistema → API).</translation>
    </message>
    <message>
        <source>Zammad did not accept this login and password. Check them and try again; if they work on Zammad&apos;s web page, “API password access” may be switched off — sign in with an access token instead.</source>
        <translation>Zammad no aceptó este usuario y contraseña. Compruébelos y vuelva a intentarlo; si funcionan en la página web de Zammad, puede que «API password access» esté desactivado: inicie sesión con un token de acceso.</translation>
    </message>
    <message>
        <source>Zammad did not accept this access token. Copy it again from Profile → Token Access; it may have expired or been deleted, or token access is switched off.</source>
        <translation>Zammad no aceptó este token de acceso. Vuelva a copiarlo desde Perfil → Token Access; puede que haya caducado o se haya eliminado, o que el acceso con token esté desactivado.</translation>
    </message>
</context>
<context>
    <name>ZendeskSignIn</name>
    <message>
        <source>The address is your company&apos;s Zendesk address, like https://yourcompany.zendesk.com (or its help center&apos;s own domain).</source>
        <translation>La dirección es la del Zendesk de su empresa, por ejemplo https://yourcompany.zendesk.com (o el dominio propio de su centro de ayuda).</translation>
    </message>
    <message>
        <source>My e-mail address and password</source>
        <translation>Mi correo electrónico y mi contraseña</translation>
    </message>
    <message>
        <source>Use the e-mail address and password you sign in to your company&apos;s help center with (where you see “My requests”). HelpClient keeps them in your system keyring.</source>
        <translation>Use el correo electrónico y la contraseña con los que inicia sesión en el centro de ayuda de su empresa (donde aparece «Mis solicitudes»). HelpClient los guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Zendesk accepts passwords from apps only when its administrator switches on “Allow API password access” (Admin Center → Apps and integrations → APIs → API configuration). HelpClient never signs in with an API token: a token belongs to the whole company account and can act as anyone.</source>
        <translation>Zendesk solo acepta contraseñas de aplicaciones si su administrador activa «Allow API password access» (Admin Center → Apps and integrations → APIs → API configuration). HelpClient nunca inicia sesión con un token de API: un token pertenece a toda la cuenta de la empresa y puede actuar como cualquier usuario.</translation>
    </message>
    <message>
        <source>Zendesk did not accept this e-mail address and password. Check them and try again; if they work on the help center&apos;s web page, API password access may be switched off — ask your IT department.</source>
        <translation>Zendesk no aceptó este correo electrónico y esta contraseña. Compruébelos e inténtelo de nuevo; si funcionan en la web del centro de ayuda, puede que el acceso con contraseña a la API esté desactivado: consulte a su departamento de TI.</translation>
    </message>
    <message>
        <source>HelpClient does not sign in with a Zendesk API token (an address ending in “/token”) or an administrator&apos;s account: either can act for every user of your company&apos;s Zendesk, and it would be kept on this computer. Sign in with your own e-mail address and password.</source>
        <translation>HelpClient no inicia sesión con un token de API de Zendesk (una dirección que termina en «/token») ni con una cuenta de administrador: ambos pueden actuar en nombre de cualquier usuario del Zendesk de su empresa y quedarían guardados en este equipo. Inicie sesión con su propio correo electrónico y contraseña.</translation>
    </message>
</context>
<context>
    <name>_Waiting</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n informe</numerusform>
            <numerusform>%n informes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
</TS>
