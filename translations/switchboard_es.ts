<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AssistantsView</name>
    <message>
        <source>Assistants</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>Apr&amp;ovisionar número</translation>
    </message>
    <message>
        <source>Provision a number for the selected assistant</source>
        <translation>Aprovisionar un número para el asistente seleccionado</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Ejecutar la cadena de aprovisionamiento para el asistente seleccionado: número gratuito de Vapi, luego Twilio y luego la cola manual</translation>
    </message>
    <message>
        <source>Provision all &amp;unassigned</source>
        <translation>Aprovisionar a todos los &amp;pendientes</translation>
    </message>
    <message>
        <source>Provision numbers for every assistant without one</source>
        <translation>Aprovisionar números para todos los asistentes que no tienen</translation>
    </message>
    <message>
        <source>C&amp;reate assistant…</source>
        <translation>C&amp;rear asistente…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Crear un asistente</translation>
    </message>
    <message>
        <source>&amp;Link existing…</source>
        <translation>&amp;Vincular existente…</translation>
    </message>
    <message>
        <source>Link an existing Vapi assistant</source>
        <translation>Vincular un asistente de Vapi existente</translation>
    </message>
    <message>
        <source>Onl&amp;y without a number</source>
        <translation>So&amp;lo sin número</translation>
    </message>
    <message>
        <source>Show only assistants without a number</source>
        <translation>Mostrar solo los asistentes sin número</translation>
    </message>
    <message>
        <source>Assistants summary</source>
        <translation>Resumen de asistentes</translation>
    </message>
    <message>
        <source>Assistants and their numbers</source>
        <translation>Asistentes y sus números</translation>
    </message>
    <message>
        <source>Result of Provision all unassigned</source>
        <translation>Resultado de «Aprovisionar a todos los pendientes»</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete the manual task</source>
        <translation>Completar la tarea manual</translation>
    </message>
    <message>
        <source>&amp;Number or SIP URI:</source>
        <translation>&amp;Número o URI SIP:</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Número o URI SIP</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Lo que se entendió</translation>
    </message>
    <message>
        <source>+1 415 555 2671 or sip:desk@sip.vapi.ai</source>
        <translation>+1 415 555 2671 o sip:recepcion@sip.vapi.ai</translation>
    </message>
</context>
<context>
    <name>DialogPasswordPrompt</name>
    <message>
        <source>Team workspace password</source>
        <translation>Contraseña del espacio de trabajo compartido</translation>
    </message>
    <message>
        <source>Password of %1 for the team workspace %2:</source>
        <translation>Contraseña de %1 para el espacio de trabajo compartido %2:</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Provisioning history</source>
        <translation>Historial de aprovisionamiento</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtro por organización</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro por resultado</translation>
    </message>
    <message>
        <source>Deli&amp;vered by:</source>
        <translation>Entregado p&amp;or:</translation>
    </message>
    <message>
        <source>Delivered-by filter</source>
        <translation>Filtro por origen</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Del:</translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation>Iniciado en o después de</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Iniciado en o antes de</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Find an assistant, number, organization or summary</source>
        <translation>Buscar un asistente, número, organización o resumen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Limpiar &amp;filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the filtered history</source>
        <translation>Exportar el historial filtrado</translation>
    </message>
    <message>
        <source>Save the attempts the filters select as CSV or JSON</source>
        <translation>Guardar los intentos que seleccionan los filtros como CSV o JSON</translation>
    </message>
    <message>
        <source>Number of attempts</source>
        <translation>Número de intentos</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading or exporting</source>
        <translation>Cancelar la carga o la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Pasos del intento seleccionado</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filtro por persona</translation>
    </message>
    <message>
        <source>Only what this person did (user@computer, as recorded)</source>
        <translation>Solo lo que hizo esta persona (usuario@equipo, según el registro)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>El registro seleccionado</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Registro seleccionado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Free-number usage</source>
        <translation>Uso de números gratuitos</translation>
    </message>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Bienvenido a Switchboard</translation>
    </message>
    <message>
        <source>Open the sandbox &amp;demo</source>
        <translation>Abrir la &amp;demo de pruebas</translation>
    </message>
    <message>
        <source>Open the sandbox demo</source>
        <translation>Abrir la demo de pruebas</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Detalles de la organización</translation>
    </message>
    <message>
        <source>&amp;Assistants</source>
        <translation>A&amp;sistentes</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation>&amp;Crecimiento</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Espacio de &amp;trabajo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>Apr&amp;ovisionar número</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Dar al asistente seleccionado un número de teléfono mediante la cadena de aprovisionamiento</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Fetch assistants and numbers from Vapi and Twilio again</source>
        <translation>Volver a obtener los asistentes y los números de Vapi y Twilio</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>Set up a customer organization: its Vapi and Twilio accounts and its numbers</source>
        <translation>Configurar una organización cliente: sus cuentas de Vapi y Twilio y sus números</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Modificar organización…</translation>
    </message>
    <message>
        <source>Change the selected organization's accounts, pool and preferences</source>
        <translation>Cambiar las cuentas, la reserva y las preferencias de la organización seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Manual queue</source>
        <translation>Cola &amp;manual</translation>
    </message>
    <message>
        <source>Show the assistants the chain could not give a number, with the reasons</source>
        <translation>Mostrar los asistentes a los que la cadena no pudo dar un número, con los motivos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Find in history…</source>
        <translation>&amp;Buscar en el historial…</translation>
    </message>
    <message>
        <source>Search the provisioning history</source>
        <translation>Buscar en el historial de aprovisionamiento</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Acerca &amp;de Switchboard</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <source>Language, the workspace's accounts and defaults, and where the workspace is kept</source>
        <translation>Idioma, cuentas y valores predeterminados del espacio de trabajo, y dónde se guarda el espacio de trabajo</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Pestaña si&amp;guiente</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Pestaña an&amp;terior</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Re&amp;move organization…</source>
        <translation>E&amp;liminar organización…</translation>
    </message>
    <message>
        <source>Remove the selected organization from the workspace, with its accounts, pool and secrets; its history stays</source>
        <translation>Elimina la organización seleccionada del espacio de trabajo, con sus cuentas, su reserva y sus secretos; su historial se conserva</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Dé a cada asistente de Vapi de sus clientes un número de teléfono que funcione: primero números gratuitos de Vapi, luego Twilio, con un registro de cada paso. Empiece configurando su espacio de trabajo con la cuenta de Vapi de su agencia, o explore la demo de pruebas.</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>&amp;Configurar el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurar el espacio de trabajo</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Buy a Twilio number…</source>
        <translation>Comprar número de &amp;Twilio…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the selected organization's pool</source>
        <translation>Buscar en Twilio un número en un código de área y comprarlo para la reserva de la organización elegida</translation>
    </message>
</context>
<context>
    <name>ManualQueueView</name>
    <message>
        <source>Manual-assignment queue</source>
        <translation>Cola de asignación manual</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>Co&amp;mpletar…</translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation>Completar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Enter the number or SIP URI that the assistant gets</source>
        <translation>Introducir el número o la URI SIP que recibe el asistente</translation>
    </message>
    <message>
        <source>&amp;Drop task</source>
        <translation>&amp;Descartar tarea</translation>
    </message>
    <message>
        <source>Drop the selected task</source>
        <translation>Descartar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Close the task without a number, for example when the assistant was deleted</source>
        <translation>Cerrar la tarea sin número, por ejemplo cuando se eliminó el asistente</translation>
    </message>
    <message>
        <source>Open manual tasks</source>
        <translation>Tareas manuales abiertas</translation>
    </message>
    <message>
        <source>Reasons and instructions of the selected task</source>
        <translation>Motivos e instrucciones de la tarea seleccionada</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>As&amp;ignar…</translation>
    </message>
    <message>
        <source>Assign the selected number to an assistant</source>
        <translation>Asignar el número seleccionado a un asistente</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Desasignar…</translation>
    </message>
    <message>
        <source>Unassign the selected number</source>
        <translation>Desasignar el número seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Release the selected number</source>
        <translation>Liberar el número seleccionado</translation>
    </message>
    <message>
        <source>Only numbers that hang u&amp;p</source>
        <translation>Solo números que c&amp;uelgan</translation>
    </message>
    <message>
        <source>Show only numbers with no assistant</source>
        <translation>Mostrar solo los números sin asistente</translation>
    </message>
    <message>
        <source>Numbers warning</source>
        <translation>Aviso sobre números</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the numbers listed as CSV</source>
        <translation>Exportar los números mostrados como CSV</translation>
    </message>
    <message>
        <source>Numbers export</source>
        <translation>Exportación de números</translation>
    </message>
    <message>
        <source>Buy a Twilio number for the pool</source>
        <translation>Comprar un número de Twilio para la reserva</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>Com&amp;prar…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the pool</source>
        <translation>Buscar en Twilio un número en un código de área y comprarlo para la reserva</translation>
    </message>
</context>
<context>
    <name>OrganizationWizard</name>
    <message>
        <source>Set up an organization</source>
        <translation>Configurar una organización</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Acme Dental</source>
        <translation>Clínica Dental Ejemplo</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>Identificador &amp;corto:</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identificador corto</translation>
    </message>
    <message>
        <source>acme-dental</source>
        <translation>clinica-ejemplo</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the customer's contact</source>
        <translation>Nombre, correo electrónico o teléfono del contacto del cliente</translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation>Problemas en esta página</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Cuenta de Vapi</translation>
    </message>
    <message>
        <source>Which Vapi account holds this organization's assistants and free numbers.</source>
        <translation>Qué cuenta de Vapi contiene los asistentes y los números gratuitos de esta organización.</translation>
    </message>
    <message>
        <source>The &amp;workspace's Vapi account (most customers)</source>
        <translation>La cuenta de Vapi del &amp;espacio de trabajo (la mayoría de los clientes)</translation>
    </message>
    <message>
        <source>The customer's &amp;own Vapi account (white label)</source>
        <translation>La cuenta de Vapi &amp;propia del cliente (marca blanca)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Región de Vapi</translation>
    </message>
    <message>
        <source>&amp;Private API key:</source>
        <translation>Clave de API pri&amp;vada:</translation>
    </message>
    <message>
        <source>Vapi private API key</source>
        <translation>Clave de API privada de Vapi</translation>
    </message>
    <message>
        <source>From the Vapi dashboard, under API Keys</source>
        <translation>Del panel de Vapi, en «API Keys»</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Probar la conexión con Vapi</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Resultado de la prueba de conexión con Vapi</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>Cuenta de Twilio</translation>
    </message>
    <message>
        <source>Optional: the customer's own Twilio account. After the free Vapi numbers, the chain imports its numbers into Vapi.</source>
        <translation>Opcional: la cuenta de Twilio propia del cliente. Después de los números gratuitos de Vapi, la cadena importa sus números a Vapi.</translation>
    </message>
    <message>
        <source>The organization has its own &amp;Twilio account</source>
        <translation>La organización tiene su propia cuenta de &amp;Twilio</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID de la cuenta:</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID de la cuenta de Twilio</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>Clave de API y s&amp;ecreto</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>T&amp;oken de autenticación:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID de la c&amp;lave de API:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Secreto de la clave de &amp;API:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Probar la conexión con Twilio</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Resultado de la prueba de conexión con Twilio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Numbers the customer already owns in Twilio, and how new numbers are chosen.</source>
        <translation>Los números que el cliente ya tiene en Twilio y cómo se eligen los números nuevos.</translation>
    </message>
    <message>
        <source>Number &amp;pool (one a line, or separated by commas):</source>
        <translation>&amp;Reserva de números (uno por línea, o separados por comas):</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Reserva de números</translation>
    </message>
    <message>
        <source>+1 415 555 2671
(415) 555-2672</source>
        <translation>+1 415 555 2671
(415) 555-2672</translation>
    </message>
    <message>
        <source>Each pool number, checked</source>
        <translation>Cada número de la reserva, comprobado</translation>
    </message>
    <message>
        <source>Pool check summary</source>
        <translation>Resumen de la comprobación de la reserva</translation>
    </message>
    <message>
        <source>Preferred &amp;area code:</source>
        <translation>Código de área &amp;preferido:</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Código de área preferido</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Prefer SIP &amp;URIs for free numbers</source>
        <translation>Preferir &amp;URI SIP para los números gratuitos</translation>
    </message>
    <message>
        <source>&amp;Monthly limit:</source>
        <translation>Límite &amp;mensual:</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Límite mensual de compras</translation>
    </message>
    <message>
        <source>Vapi account shared with other organizations</source>
        <translation>Cuenta de Vapi compartida con otras organizaciones</translation>
    </message>
    <message>
        <source>&amp;Yes, these organizations share one Vapi account</source>
        <translation>&amp;Sí, estas organizaciones comparten una cuenta de Vapi</translation>
    </message>
    <message>
        <source>Confirm that these organizations share one Vapi account</source>
        <translation>Confirmar que estas organizaciones comparten una cuenta de Vapi</translation>
    </message>
    <message>
        <source>Check with &amp;Twilio</source>
        <translation>Comprobar con &amp;Twilio</translation>
    </message>
    <message>
        <source>Ask Twilio whether the account holds each number, whether it takes voice calls, and whether an application or trunk keeps its calls from Vapi</source>
        <translation>Preguntar a Twilio si la cuenta tiene cada número, si acepta llamadas de voz y si una aplicación o un trunk aparta sus llamadas de Vapi</translation>
    </message>
    <message>
        <source>What Twilio said about the pool</source>
        <translation>Lo que Twilio dijo del grupo</translation>
    </message>
    <message>
        <source>&amp;Clear the TwiML application or SIP trunk of these numbers in Twilio, so that their calls reach the assistant</source>
        <translation>&amp;Quitar la aplicación TwiML o el trunk SIP de estos números en Twilio, para que sus llamadas lleguen al asistente</translation>
    </message>
    <message>
        <source>Take free numbers from &amp;other US area codes when this one has none</source>
        <translation>Tomar números gratuitos de &amp;otros prefijos de EE. UU. cuando este no tenga</translation>
    </message>
    <message>
        <source>Vapi suggests area codes that still have free numbers. Without this, the chain moves on to Twilio numbers, which cost money.</source>
        <translation>Vapi sugiere prefijos que aún tienen números gratuitos. Sin esto, la cadena pasa a números de Twilio, que cuestan dinero.</translation>
    </message>
    <message>
        <source>How new assistants get a number</source>
        <translation>Cómo obtienen número los asistentes nuevos</translation>
    </message>
    <message>
        <source>Whether an assistant created here, in the command line or in Vapi gets a number through the chain without anyone asking. Purchases keep their own permission and limit.</source>
        <translation>Si un asistente creado aquí, en la línea de comandos o en Vapi obtiene un número a través de la cadena sin que nadie lo pida. Las compras conservan su propio permiso y límite.</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Token de aut&amp;henticación</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Probar conex&amp;ión</translation>
    </message>
    <message>
        <source>Allo&amp;w buying numbers in its Twilio account when the pool is used up</source>
        <translation>Permitir comprar números en su cuenta de Twilio cuando se a&amp;gote la reserva</translation>
    </message>
    <message>
        <source>New a&amp;ssistants:</source>
        <translation>Nuevos a&amp;sistentes:</translation>
    </message>
    <message>
        <source>Free-number &amp;cap:</source>
        <translation>Límite de números &amp;gratuitos:</translation>
    </message>
    <message>
        <source>Free-number cap of the customer's Vapi account</source>
        <translation>Límite de números gratuitos de la cuenta de Vapi del cliente</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Cuántos números gratuitos da Vapi a esta cuenta. Cámbielo solo si Vapi concedió a la cuenta otro límite; Switchboard lo baja por sí mismo cuando Vapi rechaza un número gratuito por debajo de él.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Who the customer is. The slug names the organization in the command line and in the keychain, and cannot change once the organization exists.</source>
        <translation>Quién es el cliente. El identificador corto nombra a la organización en la línea de comandos y en el llavero, y no puede cambiar una vez creada la organización.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <source>Provisioning</source>
        <translation>Aprovisionamiento</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Estado del aprovisionamiento</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Aprovisionamiento en curso</translation>
    </message>
    <message>
        <source>What the chain tried and why</source>
        <translation>Qué intentó la cadena y por qué</translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>Scaling</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>What the stage means</source>
        <translation>Qué significa la etapa</translation>
    </message>
    <message>
        <source>Cost now:</source>
        <translation>Coste actual:</translation>
    </message>
    <message>
        <source>Monthly cost now</source>
        <translation>Coste mensual actual</translation>
    </message>
    <message>
        <source>As it grows:</source>
        <translation>Al crecer:</translation>
    </message>
    <message>
        <source>Monthly cost with more assistants</source>
        <translation>Coste mensual con más asistentes</translation>
    </message>
    <message>
        <source>Setup time:</source>
        <translation>Tiempo de configuración:</translation>
    </message>
    <message>
        <source>Setup time</source>
        <translation>Tiempo de configuración</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Monthly cost as assistants grow</source>
        <translation>Coste mensual según crece el número de asistentes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Refresh from Vapi and Twilio:</source>
        <translation>&amp;Actualizar desde Vapi y Twilio:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Actualización automática</translation>
    </message>
    <message>
        <source>How often the console fetches assistants and numbers again by itself; F5 always does it at once</source>
        <translation>Con qué frecuencia la consola vuelve a obtener por sí sola los asistentes y los números; F5 lo hace siempre al instante</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts. “System default” follows the language of your computer.</source>
        <translation>El idioma cambia la próxima vez que se inicie Switchboard. «Predeterminado del sistema» sigue el idioma de su equipo.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Espacio de &amp;trabajo</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>These settings belong to the workspace: everyone who opens it shares them.</source>
        <translation>Esta configuración pertenece al espacio de trabajo: la comparten todos los que lo abren.</translation>
    </message>
    <message>
        <source>Numbers and costs</source>
        <translation>Números y costes</translation>
    </message>
    <message>
        <source>Default &amp;area code:</source>
        <translation>Código de área &amp;predeterminado:</translation>
    </message>
    <message>
        <source>Default area code</source>
        <translation>Código de área predeterminado</translation>
    </message>
    <message>
        <source>The US area code free Vapi numbers are asked in when an organization has no preference of its own</source>
        <translation>El código de área de EE. UU. en el que se piden los números gratuitos de Vapi cuando una organización no tiene preferencia propia</translation>
    </message>
    <message>
        <source>Three digits, such as 415</source>
        <translation>Tres dígitos, como 415</translation>
    </message>
    <message>
        <source>Twilio &amp;price per number:</source>
        <translation>Pre&amp;cio de Twilio por número:</translation>
    </message>
    <message>
        <source>Twilio monthly price per number</source>
        <translation>Precio mensual de Twilio por número</translation>
    </message>
    <message>
        <source>What one Twilio number costs a month, in US dollars; the Scaling tab multiplies it</source>
        <translation>Lo que cuesta un número de Twilio al mes, en dólares estadounidenses; la pestaña Crecimiento lo multiplica</translation>
    </message>
    <message>
        <source>$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>B&amp;uy numbers in the workspace's Twilio account when its pool is used up</source>
        <translation>Co&amp;mprar números en la cuenta de Twilio del espacio de trabajo cuando se agote su reserva</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como má&amp;ximo:</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Límite mensual de compras</translation>
    </message>
    <message>
        <source>The workspace's Vapi account</source>
        <translation>La cuenta de Vapi del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Región de Vapi</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clave pri&amp;vada:</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Clave privada de Vapi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Probar la conexión con Vapi</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Resultado de la prueba de conexión con Vapi</translation>
    </message>
    <message>
        <source>The workspace's Twilio account</source>
        <translation>La cuenta de Twilio del espacio de trabajo</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID de la cuenta:</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID de la cuenta de Twilio</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>Clave de API y s&amp;ecreto</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>T&amp;oken de autenticación:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>API key S&amp;ID:</source>
        <translation>SID de la c&amp;lave de API:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Secreto de la clave de &amp;API:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Probar la conexión con Twilio</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Resultado de la prueba de conexión con Twilio</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <source>Where the workspace is kept: organizations, accounts, numbers and the history of every step.</source>
        <translation>Dónde se guarda el espacio de trabajo: organizaciones, cuentas, números y el historial de cada paso.</translation>
    </message>
    <message>
        <source>This &amp;computer (SQLite file)</source>
        <translation>Este &amp;equipo (archivo SQLite)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Team server (PostgreSQL URL)</source>
        <translation>Servidor &amp;compartido (URL de PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL de PostgreSQL</translation>
    </message>
    <message>
        <source>The change takes effect the next time Switchboard starts. A team server's password is kept in the keychain, never in the URL.</source>
        <translation>El cambio se aplica la próxima vez que se inicie Switchboard. La contraseña de un servidor compartido se guarda en el llavero, nunca en la URL.</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemas con la configuración</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>When an assistant waits in the manual queue, and when a Vapi account's free numbers reach 80 % or 100 %</source>
        <translation>Cuando un asistente espera en la cola manual y cuando los números gratuitos de una cuenta de Vapi llegan al 80 % o al 100 %</translation>
    </message>
    <message>
        <source>An assistant created in the console, the command line or Vapi gets a number through the chain without anyone asking; one that cannot get one waits in the manual queue. Each organization may choose otherwise in its settings.</source>
        <translation>Un asistente creado en la consola, la línea de comandos o Vapi obtiene un número a través de la cadena sin que nadie lo pida; el que no puede obtenerlo espera en la cola manual. Cada organización puede elegir otra cosa en su configuración.</translation>
    </message>
    <message>
        <source>Gi&amp;ve new assistants a number automatically</source>
        <translation>Dar un número a los asistentes nue&amp;vos automáticamente</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Token de aut&amp;henticación</translation>
    </message>
    <message>
        <source>Free-number cap of the workspace's Vapi account</source>
        <translation>Límite de números gratuitos de la cuenta de Vapi del espacio de trabajo</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Cuántos números gratuitos da Vapi a esta cuenta. Cámbielo solo si Vapi concedió a la cuenta otro límite; Switchboard lo baja por sí mismo cuando Vapi rechaza un número gratuito por debajo de él.</translation>
    </message>
    <message>
        <source>&amp;Free-number cap:</source>
        <translation>Límite de números &amp;gratuitos:</translation>
    </message>
</context>
<context>
    <name>Switchboard::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Phone numbers for Vapi voice assistants across many customer organizations.</source>
        <translation>Números de teléfono para asistentes de voz de Vapi en muchas organizaciones cliente.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Switchboard developers.&lt;br&gt;Released under the &lt;a href="%1"&gt;Apache License 2.0&lt;/a&gt;.</source>
        <translation>Copyright 2026 The Switchboard developers.&lt;br&gt;Publicado bajo la &lt;a href="%1"&gt;Licencia Apache 2.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Switchboard uses Qt, QtKeychain, libphonenumber and other libraries under their own licences.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2. Switchboard usa Qt, QtKeychain, libphonenumber y otras bibliotecas bajo sus propias licencias.</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licencias de &amp;terceros</translation>
    </message>
</context>
<context>
    <name>Switchboard::AccountStore</name>
    <message>
        <source>free-number cap: must be zero or more</source>
        <translation>límite de números gratuitos: debe ser cero o más</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID de la cuenta de Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>That Vapi account is no longer in the workspace.</source>
        <translation>Esa cuenta de Vapi ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>That owner has an account of this kind already: edit it instead (%1).</source>
        <translation>Ese propietario ya tiene una cuenta de este tipo: edítela en su lugar (%1).</translation>
    </message>
    <message>
        <source>That Twilio account is no longer in the workspace.</source>
        <translation>Esa cuenta de Twilio ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) changed: %3</source>
        <translation>Cuenta de Vapi «%1» (%2) modificada: %3</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) added</source>
        <translation>Cuenta de Vapi «%1» (%2) añadida</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) removed</source>
        <translation>Cuenta de Vapi «%1» (%2) eliminada</translation>
    </message>
    <message>
        <source>Vapi refused a free number: the cap of "%1" is %2 (was %3)</source>
        <translation>Vapi rechazó un número gratuito: el límite de «%1» es %2 (era %3)</translation>
    </message>
    <message>
        <source>Free-number cap of "%1" set by hand to %2 (was %3)</source>
        <translation>Límite de números gratuitos de «%1» fijado a mano en %2 (era %3)</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) changed: %3</source>
        <translation>Cuenta de Twilio %1 (%2) modificada: %3</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) added</source>
        <translation>Cuenta de Twilio %1 (%2) añadida</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) removed</source>
        <translation>Cuenta de Twilio %1 (%2) eliminada</translation>
    </message>
    <message>
        <source>the organization's</source>
        <translation>de la organización</translation>
    </message>
    <message>
        <source>the workspace's</source>
        <translation>del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiEndpoint</name>
    <message>
        <source>The API address is empty; enter an https:// address.</source>
        <translation>La dirección de la API está vacía; introduzca una dirección https://.</translation>
    </message>
    <message>
        <source>"%1" is not a valid API address; enter an https:// address such as https://api.vapi.ai.</source>
        <translation>«%1» no es una dirección de API válida; introduzca una dirección https:// como https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password; credentials are entered separately.</source>
        <translation>La dirección de la API no debe contener nombre de usuario ni contraseña; las credenciales se introducen aparte.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; use an https:// address (plain http is only allowed for a local sandbox on 127.0.0.1).</source>
        <translation>Se rechaza http sin cifrar hacia %1; use una dirección https:// (http solo se permite para un entorno de pruebas local en 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must start with https://, not %1:.</source>
        <translation>La dirección de la API debe empezar por https://, no por %1:.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiError</name>
    <message>
        <source>Could not reach %1; check the internet connection, the proxy and the firewall, then try again.</source>
        <translation>No se pudo contactar con %1; compruebe la conexión a internet, el proxy y el cortafuegos, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>That number is no longer available from Twilio; search again and pick another one.</source>
        <translation>Ese número ya no está disponible en Twilio; busque de nuevo y elija otro.</translation>
    </message>
    <message>
        <source>Twilio has no numbers left in that area code; try a nearby area code.</source>
        <translation>Twilio no tiene más números con ese código de área; pruebe con uno cercano.</translation>
    </message>
    <message>
        <source>Vapi refused the API key; paste the private key (not the public one) of this account, and check that its region (US or EU) matches.</source>
        <translation>Vapi rechazó la clave de API; pegue la clave privada (no la pública) de esta cuenta y compruebe que su región (US o EU) coincide.</translation>
    </message>
    <message>
        <source>Twilio refused the credentials; check the Account SID with its auth token, or the API key SID with its secret, and that the account is active.</source>
        <translation>Twilio rechazó las credenciales; compruebe el Account SID con su token de autenticación, o el SID de la clave de API con su secreto, y que la cuenta esté activa.</translation>
    </message>
    <message>
        <source>%1 no longer has this item (it was deleted or belongs to another account); refresh the list and try again.</source>
        <translation>%1 ya no tiene este elemento (se eliminó o pertenece a otra cuenta); actualice la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 rejected the request; correct what its message names and try again.</source>
        <translation>%1 rechazó la solicitud; corrija lo que indica su mensaje y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This Vapi account has no free numbers left; release an unused free number or import a Twilio number instead.</source>
        <translation>Esta cuenta de Vapi no tiene más números gratuitos; libere un número gratuito sin uso o importe en su lugar un número de Twilio.</translation>
    </message>
    <message>
        <source>%1 is limiting requests; wait a minute and try again, or lower the number of requests in flight in the settings.</source>
        <translation>%1 está limitando las solicitudes; espere un minuto y vuelva a intentarlo, o reduzca en la configuración el número de solicitudes simultáneas.</translation>
    </message>
    <message>
        <source>%1 had an internal error; try again in a few minutes and check its status page if it persists.</source>
        <translation>%1 tuvo un error interno; vuelva a intentarlo en unos minutos y consulte su página de estado si persiste.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; try again, and check the connection if it keeps happening.</source>
        <translation>%1 no respondió a tiempo; vuelva a intentarlo y compruebe la conexión si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>%1 sent an answer Switchboard cannot read; try again, and report it if it keeps happening.</source>
        <translation>%1 envió una respuesta que Switchboard no puede leer; vuelva a intentarlo e infórmelo si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified; check the computer's clock and any proxy or antivirus that intercepts HTTPS.</source>
        <translation>No se pudo verificar el certificado del servidor; compruebe el reloj del equipo y cualquier proxy o antivirus que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>%1 sent a redirect to another address, which Switchboard does not follow; check the API address in the account settings.</source>
        <translation>%1 redirigió a otra dirección, y Switchboard no sigue redirecciones; compruebe la dirección de la API en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The request was blocked before it reached %1 (by the firewall in front of it, not because of the key); check the network, VPN or proxy this computer uses, and try again later. If it keeps happening, report the error code.</source>
        <translation>La solicitud se bloqueó antes de llegar a %1 (el cortafuegos situado delante, no la clave); compruebe la red, la VPN o el proxy de este equipo y vuelva a intentarlo más tarde. Si sigue ocurriendo, informe del código de error.</translation>
    </message>
    <message>
        <source>Vapi wants a payment method on this account before it gives another free number; the customer adds one in the Vapi dashboard's billing page.</source>
        <translation>Vapi pide un método de pago en esta cuenta antes de dar otro número gratuito; el cliente lo añade en la página de facturación del panel de Vapi.</translation>
    </message>
    <message>
        <source>Vapi has no free number in that area code right now; try one of the area codes it suggests, or leave the area code empty.</source>
        <translation>Vapi no tiene ahora ningún número gratuito en ese prefijo; pruebe uno de los prefijos que sugiere o deje el prefijo vacío.</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantDialog</name>
    <message>
        <source>Create an assistant</source>
        <translation>Crear un asistente</translation>
    </message>
    <message>
        <source>A new assistant in the Vapi account of %1, linked to it.</source>
        <translation>Un asistente nuevo en la cuenta de Vapi de %1, vinculado a ella.</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Link an assistant</source>
        <translation>Vincular un asistente</translation>
    </message>
    <message>
        <source>Pick an assistant of the Vapi account of %1 that no organization has yet, or type its Vapi id.</source>
        <translation>Elija un asistente de la cuenta de Vapi de %1 que aún no tenga ninguna organización, o escriba su id de Vapi.</translation>
    </message>
    <message>
        <source>Assistants without an organization</source>
        <translation>Asistentes sin organización</translation>
    </message>
    <message>
        <source>Vapi id %1</source>
        <translation>Id de Vapi %1</translation>
    </message>
    <message>
        <source>a Vapi assistant id (a UUID)</source>
        <translation>un id de asistente de Vapi (un UUID)</translation>
    </message>
    <message>
        <source>Or the Vapi &amp;id:</source>
        <translation>O el &amp;id de Vapi:</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Id de Vapi</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>Creating %1 in Vapi…</source>
        <translation>Creando %1 en Vapi…</translation>
    </message>
    <message>
        <source>Linking it in Vapi…</source>
        <translation>Vinculándolo en Vapi…</translation>
    </message>
    <message>
        <source>The last listing of the Vapi account of %1 has no assistant without an organization. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>La última lista de la cuenta de Vapi de %1 no tiene ningún asistente sin organización. Para uno creado después, actualice primero (F5) o escriba su id de Vapi.</translation>
    </message>
    <message>
        <source>Vapi &amp;id:</source>
        <translation>&amp;Id de Vapi:</translation>
    </message>
    <message>
        <source>A new assistant in the workspace's Vapi account, linked to %1.</source>
        <translation>Un nuevo asistente en la cuenta de Vapi del espacio de trabajo, vinculado a %1.</translation>
    </message>
    <message>
        <source>The last listing of the workspace's Vapi account has no assistant without an organization to link to %1. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>La última lista de la cuenta de Vapi del espacio de trabajo no tiene ningún asistente sin organización que vincular a %1. Para uno creado después, actualice (F5) primero, o escriba su id de Vapi.</translation>
    </message>
    <message>
        <source>Pick an assistant of the workspace's Vapi account that no organization has yet, or type its Vapi id, to link it to %1.</source>
        <translation>Elija un asistente de la cuenta de Vapi del espacio de trabajo que ninguna organización tenga aún, o escriba su id de Vapi, para vincularlo a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n character(s): Vapi's limit for a name.</source>
        <translation>
            <numerusform>Hasta %n carácter: el límite de Vapi para un nombre.</numerusform>
            <numerusform>Hasta %n caracteres: el límite de Vapi para un nombre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantLinking</name>
    <message>
        <source>No Vapi account serves %1; set up the workspace's first.</source>
        <translation>Ninguna cuenta de Vapi atiende a %1; configure primero la del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 already: an assistant is linked to one organization only. If it really changes customer, remove "%3" from its metadata in the Vapi dashboard first.</source>
        <translation>%1 ya pertenece a %2: un asistente se vincula a una sola organización. Si de verdad cambia de cliente, quite primero "%3" de sus metadatos en el panel de Vapi.</translation>
    </message>
    <message>
        <source>The Vapi account that serves %1 has no assistant %2: it may belong to another Vapi account (another customer's own), or have been deleted.</source>
        <translation>La cuenta de Vapi que atiende a %1 no tiene el asistente %2: puede pertenecer a otra cuenta de Vapi (la propia de otro cliente) o haber sido eliminado.</translation>
    </message>
    <message>
        <source>%1 created in Vapi for %2</source>
        <translation>%1 creado en Vapi para %2</translation>
    </message>
    <message>
        <source>%1 linked to %2</source>
        <translation>%1 vinculado a %2</translation>
    </message>
    <message>
        <source>%1 was not created for %2: %3</source>
        <translation>%1 no se creó para %2: %3</translation>
    </message>
    <message>
        <source>%1 was not linked to %2: %3</source>
        <translation>%1 no se vinculó a %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsModel</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not in an organization</source>
        <translation>En ninguna organización</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Aprovisionando…</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>Esperando en la cola manual</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <source>Needs a number</source>
        <translation>Necesita un número</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Asistente %1</translation>
    </message>
    <message>
        <source>No number routes to this assistant: nobody can call it. Provision one.</source>
        <translation>Ningún número lleva a este asistente: nadie puede llamarlo. Aprovisione uno.</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Activating: calls work in a few minutes</source>
        <translation>Activándose: las llamadas funcionarán en unos minutos</translation>
    </message>
    <message>
        <source>Number blocked by Vapi</source>
        <translation>Número bloqueado por Vapi</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsView</name>
    <message>
        <source>Provisioning the assistants without a number (%1)…</source>
        <translation>Aprovisionando los asistentes sin número (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Provision all unassigned</source>
        <translation>Aprovisionar a todos los pendientes</translation>
    </message>
    <message>
        <source>Cancelling: the assistant being provisioned finishes first…</source>
        <translation>Cancelando: primero termina el asistente en curso…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>No se puede contactar con Vapi: el aprovisionamiento espera a la conexión.</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Ejecutar la cadena de aprovisionamiento para el asistente seleccionado: número gratuito de Vapi, luego Twilio y luego la cola manual</translation>
    </message>
    <message>
        <source>No assistants yet: create one, or link one from Vapi.</source>
        <translation>Aún no hay asistentes: cree uno o vincule uno de Vapi.</translation>
    </message>
    <message>
        <source>Assistants: %1, every one with a number.</source>
        <translation>Asistentes: %1, todos con número.</translation>
    </message>
    <message>
        <source>Assistants: %1, without a number: %2.</source>
        <translation>Asistentes: %1, sin número: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 assistants done…</source>
        <translation>%1 de %2 asistentes listos…</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Último: %1</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>Copiar id del &amp;asistente</translation>
    </message>
    <message>
        <source>Copy na&amp;me</source>
        <translation>Copiar no&amp;mbre</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Abrir el &amp;panel de Vapi</translation>
    </message>
    <message>
        <source>Open the manual queue</source>
        <translation>Abrir la cola manual</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutoProvisioner</name>
    <message>
        <source>The organizations could not be read: %1</source>
        <translation>No se pudieron leer las organizaciones: %1</translation>
    </message>
    <message>
        <source>The assistants of %1 could not be read: %2</source>
        <translation>No se pudieron leer los asistentes de %1: %2</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>No se pudo leer el historial de %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutomaticProvisioning</name>
    <message>
        <source>An assistant waits in the manual queue</source>
        <translation>Un asistente espera en la cola manual</translation>
    </message>
    <message>
        <source>%1 could not get a number: %2</source>
        <translation>%1 no pudo obtener un número: %2</translation>
    </message>
    <message>
        <source>Free numbers used up: %1</source>
        <translation>Números gratuitos agotados: %1</translation>
    </message>
    <message>
        <source>Free numbers at %1 %: %2</source>
        <translation>Números gratuitos al %1 %: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::BuyNumberDialog</name>
    <message>
        <source>Buy a Twilio number</source>
        <translation>Comprar un número de Twilio</translation>
    </message>
    <message>
        <source>A number for the workspace's pool, bought on %1.</source>
        <translation>Un número para la reserva del espacio de trabajo, comprado con la %1.</translation>
    </message>
    <message>
        <source>A number for the pool of %1, bought on %2.</source>
        <translation>Un número para la reserva de %1, comprado con la %2.</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %n purchase(s) made.</source>
        <translation>
            <numerusform>Este mes: %1 de %n compra realizada.</numerusform>
            <numerusform>Este mes: %1 de %n compras realizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>Código de á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Numbers &amp;offered:</source>
        <translation>Números o&amp;frecidos:</translation>
    </message>
    <message>
        <source>Numbers Twilio offers</source>
        <translation>Números que ofrece Twilio</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Comprar</translation>
    </message>
    <message>
        <source>Type a three-digit US or Canadian area code, such as 415.</source>
        <translation>Escriba un código de área de EE. UU. o Canadá de tres dígitos, como 415.</translation>
    </message>
    <message>
        <source>Asking Twilio for numbers in %1…</source>
        <translation>Pidiendo a Twilio números en %1…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Twilio offers no voice number in %1 now: try a neighbouring area code.</source>
        <translation>Twilio no ofrece ahora ningún número de voz en %1: pruebe un código de área vecino.</translation>
    </message>
    <message>
        <source>Pick a number and choose Buy. It goes to the pool, free for the next assistant.</source>
        <translation>Elija un número y pulse Comprar. Pasa a la reserva, libre para el próximo asistente.</translation>
    </message>
    <message>
        <source>Buying %1 on %2…</source>
        <translation>Comprando %1 con la %2…</translation>
    </message>
    <message>
        <source>%1 has no Twilio account of its own: the number goes to the workspace's pool, bought on %2, and serves %1 and every other organization without one.</source>
        <translation>%1 no tiene cuenta de Twilio propia: el número va a la reserva del espacio de trabajo, comprado con la %2, y sirve a %1 y a cualquier otra organización sin cuenta propia.</translation>
    </message>
    <message>
        <source>e.g. 415</source>
        <translation>p. ej. 415</translation>
    </message>
    <message>
        <source>Twilio bills about %1 a month for a local number; a subaccount's numbers are billed to its main account.</source>
        <translation>Twilio cobra unos %1 al mes por un número local; los números de una subcuenta se cobran a su cuenta principal.</translation>
    </message>
</context>
<context>
    <name>Switchboard::CancellableWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChainPlanner</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>la cuenta de Twilio de la organización</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>la cuenta de Twilio del espacio de trabajo</translation>
    </message>
    <message>
        <source>No Vapi account serves this organization: set up the workspace's Vapi account, or the organization's own.</source>
        <translation>Ninguna cuenta de Vapi atiende a esta organización: configure la cuenta de Vapi del espacio de trabajo o una propia de la organización.</translation>
    </message>
    <message>
        <source>A free Vapi SIP URI (%1).</source>
        <translation>Una URI SIP gratuita de Vapi (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number (%1).</source>
        <translation>Un número gratuito de Vapi (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number in area code %1 (%2).</source>
        <translation>Un número gratuito de Vapi con el código de área %1 (%2).</translation>
    </message>
    <message>
        <source>The organization has no Twilio account of its own.</source>
        <translation>La organización no tiene cuenta de Twilio propia.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account.</source>
        <translation>El espacio de trabajo no tiene cuenta de Twilio.</translation>
    </message>
    <message>
        <source>Import the next pool number of %1 (%2 available).</source>
        <translation>Importar el siguiente número de la reserva de %1 (%2 disponibles).</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and buying numbers is not allowed.</source>
        <translation>La reserva de números de %1 está agotada y no se permite comprar números.</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and this month's purchase limit (%2) is reached.</source>
        <translation>La reserva de números de %1 está agotada y se alcanzó el límite de compras de este mes (%2).</translation>
    </message>
    <message>
        <source>Queue a task for a person to assign a number by hand.</source>
        <translation>Poner en cola una tarea para que una persona asigne un número a mano.</translation>
    </message>
    <message numerus="yes">
        <source>Buy a number in %1 (%2 of %n purchase(s) used this month) and import it.</source>
        <translation>
            <numerusform>Comprar un número en %1 (usadas este mes: %2 de %n compra) e importarlo.</numerusform>
            <numerusform>Comprar un número en %1 (usadas este mes: %2 de %n compras) e importarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and it is a Twilio trial account: Twilio refused a purchase on %2 because a trial account may own only one number. Upgrade the Twilio account in the Twilio Console, then mark it upgraded (switchboard-cli org edit or workspace set, --twilio-upgraded) to buy from it again.</source>
        <translation>La reserva de números de %1 se ha agotado, y es una cuenta de prueba de Twilio: Twilio rechazó una compra el %2 porque una cuenta de prueba solo puede tener un número. Actualice la cuenta de Twilio en la Twilio Console y luego márquela como actualizada (switchboard-cli org edit o workspace set, --twilio-upgraded) para volver a comprar en ella.</translation>
    </message>
    <message>
        <source>Check whether Vapi's cap of %1 (%2) still holds: one free number is asked for.</source>
        <translation>Comprobar si el límite de %1 de Vapi (%2) sigue vigente: se pide un número gratuito.</translation>
    </message>
    <message>
        <source>The free allowance is used up: %1 (cap: %2).</source>
        <translation>La cuota gratuita está agotada: %1 (límite: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n pool number(s) passed over: Twilio said they cannot be used (see the pool; `switchboard-cli pool check` asks again).</source>
        <translation>
            <numerusform>%n número del grupo omitido: Twilio dice que no se puede usar (vea el grupo; `switchboard-cli pool check` vuelve a preguntar).</numerusform>
            <numerusform>%n números del grupo omitidos: Twilio dice que no se pueden usar (vea el grupo; `switchboard-cli pool check` vuelve a preguntar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::CompleteTaskDialog</name>
    <message>
        <source>Which number or SIP URI does %1 get? Assign it in Vapi as well if it is not there yet; Switchboard records it and closes the task.</source>
        <translation>¿Qué número o URI SIP recibe %1? Asígnelo también en Vapi si aún no está allí; Switchboard lo registra y cierra la tarea.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>SIP URI: %1</source>
        <translation>URI SIP: %1</translation>
    </message>
    <message>
        <source>Number: %1 (%2)</source>
        <translation>Número: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Número o URI SIP</translation>
    </message>
    <message>
        <source>is empty: type a number such as +1 415 555 2671, or a SIP URI such as sip:desk@sip.vapi.ai</source>
        <translation>está vacío: escriba un número como +1 415 555 2671 o una URI SIP como sip:recepcion@sip.vapi.ai</translation>
    </message>
    <message>
        <source>must be on sip.vapi.ai (sip.eu.vapi.ai for an account in the EU), not %1: Vapi answers SIP calls only there</source>
        <translation>debe estar en sip.vapi.ai (sip.eu.vapi.ai para una cuenta en la UE), no en %1: Vapi solo atiende llamadas SIP allí</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Completando…</translation>
    </message>
    <message>
        <source>Assigning %1 in Vapi…</source>
        <translation>Asignando %1 en Vapi…</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionStatus</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: sin conexión</translation>
    </message>
    <message>
        <source>%1: offline since %2</source>
        <translation>%1: sin conexión desde %2</translation>
    </message>
    <message>
        <source>Switchboard works from the workspace meanwhile; changes that need %1 wait for the connection.</source>
        <translation>Mientras tanto, Switchboard trabaja con el espacio de trabajo; los cambios que necesitan %1 esperan a la conexión.</translation>
    </message>
    <message>
        <source>%1: no account set up</source>
        <translation>%1: ninguna cuenta configurada</translation>
    </message>
    <message>
        <source>Set up the workspace's %1 account (File → Settings), or an organization's own.</source>
        <translation>Configure la cuenta de %1 del espacio de trabajo (Archivo → Configuración), o la propia de una organización.</translation>
    </message>
    <message>
        <source>%1: check the key</source>
        <translation>%1: revise la clave</translation>
    </message>
    <message>
        <source>%1 (Settings → Workspace, or Edit organization for a customer's own account)</source>
        <translation>%1 (Configuración → Espacio de trabajo, o Editar organización para la cuenta propia de un cliente)</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionTest</name>
    <message>
        <source>Connected. The account holds no phone number and no assistant yet, so which Vapi account it is cannot be told; it is not compared with the other organizations' accounts.</source>
        <translation>Conectado. La cuenta aún no tiene ningún número ni asistente, así que no se puede saber qué cuenta de Vapi es; no se compara con las cuentas de las demás organizaciones.</translation>
    </message>
    <message>
        <source>Connected to Vapi account %1.</source>
        <translation>Conectado a la cuenta de Vapi %1.</translation>
    </message>
    <message>
        <source>The workspace has no Vapi account yet: enter its private key.</source>
        <translation>El espacio de trabajo aún no tiene cuenta de Vapi: introduzca su clave privada.</translation>
    </message>
    <message>
        <source>Connected: these credentials may manage the numbers of Twilio account %1.</source>
        <translation>Conectado: estas credenciales pueden gestionar los números de la cuenta de Twilio %1.</translation>
    </message>
    <message>
        <source>Enter the account's secret to test it.</source>
        <translation>Introduzca el secreto de la cuenta para probarla.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Console</name>
    <message>
        <source>Team database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1 The console shows what it read last; changes wait for the server.</source>
        <translation>No se puede acceder a la base de datos compartida: %1 La consola muestra lo último que leyó; los cambios esperan al servidor.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsoleController</name>
    <message>
        <source>The keychain cannot be used: %1 Switchboard keeps working for everything that needs no secret; nothing is stored in plain text.</source>
        <translation>No se puede usar el llavero: %1 Switchboard sigue funcionando para todo lo que no necesita un secreto; nada se guarda en texto plano.</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n provisioning(s) left unfinished last time.</source>
        <translation>
            <numerusform>Se completó %n aprovisionamiento que quedó sin terminar la última vez.</numerusform>
            <numerusform>Se completaron %n aprovisionamientos que quedaron sin terminar la última vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>That number is no longer known; refresh and try again.</source>
        <translation>Ese número ya no se conoce; actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose an organization served by a Vapi account first.</source>
        <translation>Elija primero una organización atendida por una cuenta de Vapi.</translation>
    </message>
    <message>
        <source>%1 stays in the pool, and in the Twilio account.</source>
        <translation>%1 sigue en la reserva y en la cuenta de Twilio.</translation>
    </message>
    <message>
        <source>The cap could not be marked for a new check: %1</source>
        <translation>No se pudo marcar el límite para una nueva comprobación: %1</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi for a free number again, and learns the cap anew.</source>
        <translation>El próximo aprovisionamiento vuelve a pedir a Vapi un número gratuito y aprende el límite de nuevo.</translation>
    </message>
    <message>
        <source>Enter the account's secret to ask Twilio.</source>
        <translation>Introduzca el secreto de la cuenta para preguntar a Twilio.</translation>
    </message>
    <message>
        <source>%1 was created; finding it a number…</source>
        <translation>%1 se ha creado; buscándole un número…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was done: the team database does not answer (%1). Try again when the status bar shows it online.</source>
        <translation>No se hizo nada: la base de datos del equipo no responde (%1). Inténtelo de nuevo cuando la barra de estado la muestre en línea.</translation>
    </message>
    <message>
        <source>Manual task #%1 is no longer open.</source>
        <translation>La tarea manual #%1 ya no está abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n obtuvo un número</numerusform>
            <numerusform>%n obtuvieron un número</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see History)</source>
        <translation>
            <numerusform>%n falló (vea el Historial)</numerusform>
            <numerusform>%n fallaron (vea el Historial)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1. Start again to go on.</source>
        <translation>Detenido: %1. Vuelva a empezar para continuar.</translation>
    </message>
    <message>
        <source>Provisioned: %1.</source>
        <translation>Aprovisionado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n espera en la cola manual</numerusform>
            <numerusform>%n esperan en la cola manual</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2 now.</source>
        <translation>%1 pertenece ahora a %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n not started (%1)</source>
        <translation>
            <numerusform>%n sin empezar (%1)</numerusform>
            <numerusform>%n sin empezar (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was created for %2; it has no number until it is provisioned.</source>
        <translation>%1 se creó para %2; no tiene número hasta que se aprovisione.</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets. Its history stays.</source>
        <translation>Se eliminó %1 y sus secretos. Su historial se conserva.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No eliminada</translation>
    </message>
    <message>
        <source>The keychain did not keep a key: %1</source>
        <translation>El llavero no guardó una clave: %1</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up: save again once the keychain takes the key.</source>
        <translation>La cuenta de Vapi del espacio de trabajo no está configurada: guarde de nuevo cuando el llavero acepte la clave.</translation>
    </message>
    <message>
        <source>The Vapi account without its key could not be taken out of the workspace: %1</source>
        <translation>La cuenta de Vapi sin su clave no pudo quitarse del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Save again once the keychain takes it; until then, the key it had before (if any) stays in use.</source>
        <translation>Guarde de nuevo cuando el llavero la acepte; hasta entonces, la clave que tenía (si la había) sigue en uso.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ContextMenus</name>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Copiado al portapapeles: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialClientProvider</name>
    <message>
        <source>the Vapi private key (%1): %2</source>
        <translation>la clave privada de Vapi (%1): %2</translation>
    </message>
    <message>
        <source>the Twilio secret (%1): %2</source>
        <translation>el secreto de Twilio (%1): %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialService</name>
    <message>
        <source>Set it in the workspace's credentials (or with switchboard-cli), or provide it in the environment variable %1.</source>
        <translation>Defínalo en las credenciales del espacio de trabajo (o con switchboard-cli), o indíquelo en la variable de entorno %1.</translation>
    </message>
    <message>
        <source>Set it in the organization's credentials, or with switchboard-cli.</source>
        <translation>Defínalo en las credenciales de la organización, o con switchboard-cli.</translation>
    </message>
    <message>
        <source>Switchboard stopped before the keychain answered; the operation may not have completed.</source>
        <translation>Switchboard se detuvo antes de que respondiera el llavero; puede que la operación no se haya completado.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be set.</source>
        <translation>Solo se pueden definir secretos de organizaciones y del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1: the value is empty; nothing was stored.</source>
        <translation>%1: el valor está vacío; no se guardó nada.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist; nothing was stored.</source>
        <translation>La organización %1 no existe; no se guardó nada.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was stored.</source>
        <translation>No se puede leer el espacio de trabajo (%1); no se guardó nada.</translation>
    </message>
    <message>
        <source>The keychain holds the new value.</source>
        <translation>El llavero contiene el nuevo valor.</translation>
    </message>
    <message>
        <source>The secret was taken out of the keychain again; try again.</source>
        <translation>El secreto se volvió a quitar del llavero; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be read.</source>
        <translation>Solo se pueden leer secretos de organizaciones y del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is recorded as set in this workspace, but this computer's keychain has no entry for it (it may have been set on another computer that shares the workspace, or removed with the keychain's own tool). Set it again here.</source>
        <translation>%1 figura como definido en este espacio de trabajo, pero el llavero de este equipo no tiene ninguna entrada para él (puede que se definiera en otro equipo que comparte el espacio de trabajo, o que se eliminara con la herramienta del llavero). Vuelva a definirlo aquí.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be removed.</source>
        <translation>Solo se pueden eliminar secretos de organizaciones y del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 was removed from the keychain, but the workspace still lists it: %2</source>
        <translation>%1 se eliminó del llavero, pero el espacio de trabajo aún lo incluye: %2</translation>
    </message>
    <message>
        <source>%1 is not an organization id; nothing was removed.</source>
        <translation>%1 no es un id de organización; no se eliminó nada.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was removed.</source>
        <translation>No se puede leer el espacio de trabajo (%1); no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</source>
        <translation>
            <numerusform>No se pudo eliminar %n secreto de la organización %1 (%2). Sigue en la lista, para poder volver a intentar eliminar la organización.</numerusform>
            <numerusform>No se pudieron eliminar %n secretos de la organización %1 (%2). Siguen en la lista, para poder volver a intentar eliminar la organización.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot come from the environment.</source>
        <translation>%1 no puede venir del entorno.</translation>
    </message>
    <message>
        <source>%1 is not set; nothing was imported.</source>
        <translation>%1 no está definido; no se importó nada.</translation>
    </message>
    <message>
        <source>The keychain does not work as it should: %1</source>
        <translation>El llavero no funciona como debería: %1</translation>
    </message>
    <message>
        <source>it gave back something else than was just stored in it.</source>
        <translation>devolvió algo distinto de lo que se acababa de guardar en él.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DatabaseLocation</name>
    <message>
        <source>The database URL contains a password. Passwords belong in the keychain: remove it from the URL and store it with `switchboard-cli database password set --database URL` (or let the console ask for it), or set SWITCHBOARD_DATABASE_PASSWORD for automation.</source>
        <translation>La URL de la base de datos contiene una contraseña. Las contraseñas van en el llavero: quítela de la URL y guárdela con `switchboard-cli database password set --database URL` (o deje que la consola la pida), o defina SWITCHBOARD_DATABASE_PASSWORD para la automatización.</translation>
    </message>
    <message>
        <source>The database location is empty. Give a file path or a URL like postgresql://user@host:5432/database.</source>
        <translation>La ubicación de la base de datos está vacía. Indique una ruta de archivo o una URL como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The file URL %1 is not valid.</source>
        <translation>La URL de archivo %1 no es válida.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// (or be a file path); "%1://" is not supported.</source>
        <translation>La URL de la base de datos debe empezar por postgresql:// (o ser una ruta de archivo); «%1://» no es compatible.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Write it as postgresql://user@host:5432/database[?sslmode=require].</source>
        <translation>La URL de la base de datos no es válida. Escríbala como postgresql://user@host:5432/database[?sslmode=require].</translation>
    </message>
    <message>
        <source>The database URL's port must be between 1 and 65535.</source>
        <translation>El puerto de la URL de la base de datos debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The database URL names no user. Write it as postgresql://user@host:5432/database.</source>
        <translation>La URL de la base de datos no indica ningún usuario. Escríbala como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL names no database (or more than one path segment). Write it as postgresql://user@host:5432/database.</source>
        <translation>La URL de la base de datos no indica ninguna base de datos (o tiene más de un segmento de ruta). Escríbala como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL's sslmode "%1" is not known; use one of %2.</source>
        <translation>El sslmode «%1» de la URL de la base de datos no es conocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The database URL's parameter "%1" is not supported; only sslmode is.</source>
        <translation>El parámetro «%1» de la URL de la base de datos no es compatible; solo se admite sslmode.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectoryRefresh</name>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>el espacio de trabajo no pudo guardar la lista: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectorySync</name>
    <message>
        <source>The Vapi client of %1 went away.</source>
        <translation>El cliente de Vapi de %1 ya no existe.</translation>
    </message>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>el espacio de trabajo no pudo guardar el listado: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DisplayNames</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>Vapi (free)</source>
        <translation>Vapi (gratuito)</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Vonage</source>
        <translation>Vonage</translation>
    </message>
    <message>
        <source>Telnyx</source>
        <translation>Telnyx</translation>
    </message>
    <message>
        <source>Own carrier (SIP trunk)</source>
        <translation>Operador propio (troncal SIP)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Activando</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Free Vapi number</source>
        <translation>Número gratuito de Vapi</translation>
    </message>
    <message>
        <source>Organization's Twilio</source>
        <translation>Twilio de la organización</translation>
    </message>
    <message>
        <source>Workspace's Twilio</source>
        <translation>Twilio del espacio de trabajo</translation>
    </message>
    <message>
        <source>Manual assignment</source>
        <translation>Asignación manual</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Queued for manual assignment</source>
        <translation>En cola para asignación manual</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Number assigned</source>
        <translation>Número asignado</translation>
    </message>
    <message>
        <source>Number unassigned</source>
        <translation>Número desasignado</translation>
    </message>
    <message>
        <source>Number released from Vapi</source>
        <translation>Número liberado en Vapi</translation>
    </message>
    <message>
        <source>Number released on Twilio</source>
        <translation>Número liberado en Twilio</translation>
    </message>
    <message>
        <source>Number bought</source>
        <translation>Número comprado</translation>
    </message>
    <message>
        <source>Manual task opened</source>
        <translation>Tarea manual abierta</translation>
    </message>
    <message>
        <source>Manual task completed</source>
        <translation>Tarea manual completada</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Tarea manual descartada</translation>
    </message>
    <message>
        <source>Organization added</source>
        <translation>Organización añadida</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organización modificada</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>Organización eliminada</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Cuenta modificada</translation>
    </message>
    <message>
        <source>Secret stored</source>
        <translation>Secreto guardado</translation>
    </message>
    <message>
        <source>Secret removed</source>
        <translation>Secreto eliminado</translation>
    </message>
    <message>
        <source>Pool number added</source>
        <translation>Número añadido al grupo</translation>
    </message>
    <message>
        <source>Pool number removed</source>
        <translation>Número retirado del grupo</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste modificado</translation>
    </message>
    <message>
        <source>Free-number cap learned</source>
        <translation>Límite de números gratuitos aprendido</translation>
    </message>
    <message>
        <source>Assistant created</source>
        <translation>Asistente creado</translation>
    </message>
    <message>
        <source>Assistant linked</source>
        <translation>Asistente vinculado</translation>
    </message>
</context>
<context>
    <name>Switchboard::EnvironmentCredentials</name>
    <message>
        <source>is set, but neither TWILIO_AUTH_TOKEN nor TWILIO_API_KEY with TWILIO_API_SECRET is; set one of them</source>
        <translation>está definida, pero no lo están ni TWILIO_AUTH_TOKEN ni TWILIO_API_KEY con TWILIO_API_SECRET; defina una de ellas</translation>
    </message>
    <message>
        <source>is not set, but a Twilio credential is; set it to the account's SID (AC followed by 32 hexadecimal digits)</source>
        <translation>no está definida, pero sí una credencial de Twilio; asígnele el SID de la cuenta (AC seguido de 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_KEY is; set both, or neither</source>
        <translation>no está definida, pero TWILIO_API_KEY sí; defina ambas o ninguna</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_SECRET is; set both, or neither</source>
        <translation>no está definida, pero TWILIO_API_SECRET sí; defina ambas o ninguna</translation>
    </message>
    <message>
        <source>is not a valid phone number in E.164 form (e.g. +14155552671)</source>
        <translation>no es un número de teléfono válido en formato E.164 (p. ej., +14155552671)</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberCap</name>
    <message>
        <source>Vapi's documented cap</source>
        <translation>límite documentado por Vapi</translation>
    </message>
    <message>
        <source>set by hand on %1</source>
        <translation>fijado a mano el %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fijado a mano</translation>
    </message>
    <message>
        <source>learned from Vapi on %1</source>
        <translation>aprendido de Vapi el %1</translation>
    </message>
    <message>
        <source>learned from Vapi</source>
        <translation>aprendido de Vapi</translation>
    </message>
    <message>
        <source>On %1 Vapi asked for a payment method before it gives this account another free number. Add one in the Vapi dashboard (%2), then check again.</source>
        <translation>El %1 Vapi pidió un método de pago antes de dar a esta cuenta otro número gratuito. Añada uno en el panel de Vapi (%2) y vuelva a comprobar.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberTries</name>
    <message>
        <source>Any area code</source>
        <translation>Cualquier prefijo</translation>
    </message>
    <message>
        <source>Area code %1</source>
        <translation>Prefijo %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: not available (Vapi suggested %2).</source>
        <translation>%1: no disponible (Vapi sugirió %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberUsage</name>
    <message numerus="yes">
        <source>%1 of %2 free numbers used (%3%), %n left</source>
        <translation>
            <numerusform>%1 de %2 números gratuitos usados (%3 %), queda %n</numerusform>
            <numerusform>%1 de %2 números gratuitos usados (%3 %), quedan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n free number(s) left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</source>
        <translation>
            <numerusform>Solo queda %n número gratuito. Configure ya Twilio para esta organización o para el espacio de trabajo, para que los próximos asistentes reciban números sin pausa.</numerusform>
            <numerusform>Solo quedan %n números gratuitos. Configure ya Twilio para esta organización o para el espacio de trabajo, para que los próximos asistentes reciban números sin pausa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: Vapi gives this account %n free number(s), and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</source>
        <translation>
            <numerusform>Lleno: Vapi da a esta cuenta %n número gratuito, y %1 en uso. Los nuevos asistentes obtienen números de Twilio donde esté configurado; si no, esperan en la cola manual.</numerusform>
            <numerusform>Lleno: Vapi da a esta cuenta %n números gratuitos, y %1 en uso. Los nuevos asistentes obtienen números de Twilio donde esté configurado; si no, esperan en la cola manual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryModel</name>
    <message>
        <source>Assistant %1</source>
        <translation>Asistente %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Entregado por</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Database role: %1</source>
        <translation>Rol de base de datos: %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Provisioning attempt: %1</source>
        <translation>Intento de aprovisionamiento: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fallida)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueries</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueryWorker</name>
    <message>
        <source>The history cannot be read: no workspace is open.</source>
        <translation>No se puede leer el historial: no hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Attempt %1 is not in the history.</source>
        <translation>El intento %1 no está en el historial.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>No se puede escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>No se pudo completar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>No se pudo escribir %1: %2. No se guardó nada; libere espacio allí o elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryStore</name>
    <message>
        <source>assistant %1 is already being provisioned</source>
        <translation>el asistente %1 ya se está aprovisionando</translation>
    </message>
    <message>
        <source>assistant %1 was tried before: new assistants are provisioned automatically once, and after that only on request</source>
        <translation>el asistente %1 ya se intentó: los asistentes nuevos se aprovisionan automáticamente una vez y, después, solo a petición</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>la base de datos no devolvió ninguna fila para un registro nuevo</translation>
    </message>
    <message>
        <source>step %1 is not in the history</source>
        <translation>el paso %1 no está en el historial</translation>
    </message>
    <message>
        <source>attempt %1 is not in the history</source>
        <translation>el intento %1 no está en el historial</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryView</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Any link</source>
        <translation>Cualquier eslabón</translation>
    </message>
    <message>
        <source>No bound</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Exportando a %1… %2 escritos</translation>
    </message>
    <message>
        <source>Exported to %1 (attempts: %2).</source>
        <translation>Exportado a %1 (intentos: %2).</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>Se canceló la exportación a %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), organization %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), organización %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancels the export</source>
        <translation>Cancela la exportación</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <source>Attempts: %1 shown, counting…</source>
        <translation>Intentos: %1 mostrados, contando…</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Ningún intento coincide con los filtros.</translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 shown</source>
        <translation>Intentos: %1 de %2 mostrados</translation>
    </message>
    <message>
        <source>Find words: an assistant, number, organization or summary (%1)</source>
        <translation>Buscar palabras: un asistente, número, organización o resumen (%1)</translation>
    </message>
    <message>
        <source>No provisioning attempts yet.</source>
        <translation>Todavía no hay intentos de aprovisionamiento.</translation>
    </message>
    <message>
        <source>No provisioning attempts for %1 yet.</source>
        <translation>Todavía no hay intentos de aprovisionamiento para %1.</translation>
    </message>
    <message>
        <source>Provisioning attempts</source>
        <translation>Intentos de aprovisionamiento</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Otras acciones</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>una persona desconocida</translation>
    </message>
    <message>
        <source>Started %1 by %2, took %3</source>
        <translation>Iniciado %1 por %2, duró %3</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, por %3</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Exported to %1 (records: %2).</source>
        <translation>Exportado a %1 (registros: %2).</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Pasos del intento seleccionado</translation>
    </message>
    <message>
        <source>Select a record: an attempt shows what the chain tried and why, an action what changed and who did it.</source>
        <translation>Seleccione un registro: un intento muestra lo que probó la cadena y por qué; una acción, qué cambió y quién lo hizo.</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>El registro seleccionado</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>La acción seleccionada</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fallida)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>%1, by %2 (database role %3)</source>
        <translation>%1, por %2 (rol de base de datos %3)</translation>
    </message>
    <message>
        <source>Part of provisioning attempt %1.</source>
        <translation>Parte del intento de aprovisionamiento %1.</translation>
    </message>
    <message>
        <source>Stops loading more records</source>
        <translation>Deja de cargar más registros</translation>
    </message>
    <message>
        <source>Shown: %1, counting…</source>
        <translation>Mostrados: %1, contando…</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 shown</source>
        <translation>Acciones: %1 de %2 mostradas</translation>
    </message>
    <message>
        <source>%1 of %2 shown (attempts: %3, other actions: %4)</source>
        <translation>%1 de %2 mostrados (intentos: %3, otras acciones: %4)</translation>
    </message>
    <message>
        <source>Nothing on record matches the filters.</source>
        <translation>Ningún registro coincide con los filtros.</translation>
    </message>
    <message>
        <source>Nothing on record yet.</source>
        <translation>Aún no hay registros.</translation>
    </message>
    <message>
        <source>Nothing on record for %1 yet.</source>
        <translation>Aún no hay registros de %1.</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Asistente: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminada)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Switchboard::InputChecks</name>
    <message>
        <source>The %1 id "%2" is not a Vapi id; it must be a UUID such as 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</source>
        <translation>El id de %1 «%2» no es un id de Vapi; debe ser un UUID como 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</translation>
    </message>
    <message>
        <source>The name "%1" is %2 characters long; Vapi allows at most 40, so shorten it.</source>
        <translation>El nombre «%1» tiene %2 caracteres; Vapi admite 40 como máximo, así que acórtelo.</translation>
    </message>
    <message>
        <source>The area code "%1" must be exactly three digits, such as 415.</source>
        <translation>El código de área «%1» debe tener exactamente tres dígitos, como 415.</translation>
    </message>
    <message>
        <source>The SIP URI is not usable: %1.</source>
        <translation>La URI SIP no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The SIP URI must be on %1 for this account's region, as in sip:%2@%1.</source>
        <translation>La URI SIP debe estar en %1 para la región de esta cuenta, como en sip:%2@%1.</translation>
    </message>
    <message>
        <source>The number to import is not usable: %1.</source>
        <translation>El número que se importará no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hex digits; copy it from the Twilio console.</source>
        <translation>El Account SID de Twilio debe ser AC seguido de 32 dígitos hexadecimales; cópielo de la consola de Twilio.</translation>
    </message>
    <message>
        <source>Importing a Twilio number needs either the auth token or an API key with its secret (exactly one of the two).</source>
        <translation>Importar un número de Twilio necesita el token de autenticación o una clave de API con su secreto (exactamente uno de los dos).</translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hex digits, and its secret must not be empty.</source>
        <translation>La clave de API de Twilio debe ser SK seguido de 32 dígitos hexadecimales, y su secreto no puede estar vacío.</translation>
    </message>
    <message>
        <source>The Twilio user must be an Account SID (AC…) or an API key SID (SK…), 34 characters long.</source>
        <translation>El usuario de Twilio debe ser un Account SID (AC…) o un SID de clave de API (SK…), de 34 caracteres.</translation>
    </message>
    <message>
        <source>The Twilio auth token or API key secret is empty; paste it from the Twilio console.</source>
        <translation>El token de autenticación o el secreto de la clave de API de Twilio está vacío; péguelo de la consola de Twilio.</translation>
    </message>
    <message>
        <source>"%1" is not a Twilio phone number SID; it must be PN followed by 32 hex digits.</source>
        <translation>«%1» no es un SID de número de Twilio; debe ser PN seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The friendly name is %1 characters long; Twilio allows at most 64, so shorten it.</source>
        <translation>El nombre descriptivo tiene %1 caracteres; Twilio admite 64 como máximo, así que acórtelo.</translation>
    </message>
    <message>
        <source>Buying a Twilio number needs either the number or an area code (exactly one of the two).</source>
        <translation>Comprar un número de Twilio necesita el número o un código de área (exactamente uno de los dos).</translation>
    </message>
    <message>
        <source>The number to buy is not usable: %1.</source>
        <translation>El número que se comprará no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The country "%1" must be a two-letter ISO code such as US or GB.</source>
        <translation>El país «%1» debe ser un código ISO de dos letras, como US o GB.</translation>
    </message>
    <message>
        <source>"Contains" must be 2 to 16 letters or digits (with * for any one character), such as 555 or *PIZZA*.</source>
        <translation>«Contiene» debe tener de 2 a 16 letras o dígitos (con * para un carácter cualquiera), como 555 o *PIZZA*.</translation>
    </message>
    <message>
        <source>A free Vapi number takes an area code or a SIP URI, not both; leave one of them empty.</source>
        <translation>Un número gratuito de Vapi admite un prefijo o una URI SIP, no ambos; deje uno vacío.</translation>
    </message>
</context>
<context>
    <name>Switchboard::KeychainSecretStore</name>
    <message>
        <source>%1 could not be removed from the keychain (%2). Remove the entry "%3" in your keychain's own tool, then try again.</source>
        <translation>No se pudo eliminar %1 del llavero (%2). Elimine la entrada «%3» con la herramienta de su llavero y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>
            <numerusform>sin respuesta en %n segundo; puede que esté bloqueado y esperando una solicitud de contraseña que no se puede mostrar</numerusform>
            <numerusform>sin respuesta en %n segundos; puede que esté bloqueado y esperando una solicitud de contraseña que no se puede mostrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard — sandbox demo</source>
        <translation>Switchboard — demo de pruebas</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Manual queue</source>
        <translation>Cola manual</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Dar al asistente seleccionado un número de teléfono mediante la cadena de aprovisionamiento</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>No se puede contactar con Vapi: el aprovisionamiento espera a la conexión.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Show the history; these count as seen</source>
        <translation>Mostrar el historial; cuentan como vistos</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n obtuvo un número</numerusform>
            <numerusform>%n obtuvieron un número</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n espera en la cola manual</numerusform>
            <numerusform>%n esperan en la cola manual</numerusform>
        </translation>
    </message>
    <message>
        <source>New assistants since you last looked: %1</source>
        <translation>Asistentes nuevos desde la última vez que miró: %1</translation>
    </message>
    <message>
        <source>New assistants provisioned automatically</source>
        <translation>Asistentes nuevos aprovisionados automáticamente</translation>
    </message>
    <message>
        <source>The team database does not answer (%1): settings and organizations open again when the status bar shows it online.</source>
        <translation>La base de datos del equipo no responde (%1): la configuración y las organizaciones se podrán abrir de nuevo cuando la barra de estado la muestre en línea.</translation>
    </message>
    <message>
        <source>The workspace is still being read; open Settings again in a moment.</source>
        <translation>El espacio de trabajo aún se está leyendo; abra Configuración de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Select an assistant without a number first, or use "Provision all unassigned".</source>
        <translation>Seleccione primero un asistente sin número, o use «Aprovisionar a todos los pendientes».</translation>
    </message>
    <message>
        <source>History exported (records: %1).</source>
        <translation>Historial exportado (registros: %1).</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Dé a cada asistente de Vapi de sus clientes un número de teléfono que funcione: primero números gratuitos de Vapi, luego Twilio, con un registro de cada paso. Empiece configurando su espacio de trabajo con la cuenta de Vapi de su agencia, o explore la demo de pruebas.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurar el espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace is set up. Add your first customer organization: its assistants are listed from the Vapi account that serves it, and each gets a number.</source>
        <translation>El espacio de trabajo está configurado. Añada su primera organización cliente: sus asistentes se leen de la cuenta de Vapi que la atiende, y cada uno recibe un número.</translation>
    </message>
    <message>
        <source>Add a &amp;customer…</source>
        <translation>Añadir un &amp;cliente…</translation>
    </message>
    <message>
        <source>Add a customer organization</source>
        <translation>Añadir una organización cliente</translation>
    </message>
    <message>
        <source>The workspace is set up.</source>
        <translation>El espacio de trabajo está configurado.</translation>
    </message>
    <message>
        <source>Select an assistant without a number in the Assistants tab, or use "Provision all unassigned".</source>
        <translation>Seleccione un asistente sin número en la pestaña Asistentes, o use «Aprovisionar a todos los pendientes».</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>&amp;Configurar el espacio de trabajo…</translation>
    </message>
    <message>
        <source>The workspace's Vapi account has no key that works: it is missing from the keychain, or Vapi refused it. Enter it again in the workspace's settings; then add your first customer organization.</source>
        <translation>La cuenta de Vapi del espacio de trabajo no tiene una clave que funcione: falta en el llavero o Vapi la rechazó. Escríbala de nuevo en la configuración del espacio de trabajo y luego añada su primera organización cliente.</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Switchboard.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualAssignment</name>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>SIP URI</source>
        <translation>URI SIP</translation>
    </message>
    <message>
        <source>must be on %1, the host of the account's region (not %2)</source>
        <translation>debe estar en %1, el host de la región de la cuenta (no %2)</translation>
    </message>
    <message>
        <source>existing number</source>
        <translation>número existente</translation>
    </message>
    <message>
        <source>manual task #%1 is not open</source>
        <translation>la tarea manual n.º %1 no está abierta</translation>
    </message>
    <message>
        <source>no Vapi account serves the task's organization</source>
        <translation>ninguna cuenta de Vapi atiende a la organización de la tarea</translation>
    </message>
    <message>
        <source>existing number: %1 already answers another assistant; reassign it from the Numbers tab instead</source>
        <translation>número existente: %1 ya lleva a otro asistente; reasígnelo desde la pestaña Números</translation>
    </message>
    <message>
        <source>number: no Twilio account is set up to import it from; add the organization's or the workspace's Twilio account first</source>
        <translation>número: no hay ninguna cuenta de Twilio configurada desde la que importarlo; añada primero la cuenta de Twilio de la organización o del espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 was assigned, but the task could not be closed: %2</source>
        <translation>%1 se asignó, pero no se pudo cerrar la tarea: %2</translation>
    </message>
    <message>
        <source>Assigned %1; manual task #%2 is closed.</source>
        <translation>%1 asignado; la tarea manual n.º %2 está cerrada.</translation>
    </message>
    <message>
        <source>The workspace could not note the number (%1); the next refresh will.</source>
        <translation>El espacio de trabajo no pudo anotar el número (%1); la próxima actualización lo hará.</translation>
    </message>
    <message>
        <source>%1 belongs to another organization in this Vapi account; give this assistant a number of its own organization.</source>
        <translation>%1 pertenece a otra organización de esta cuenta de Vapi; dé a este asistente un número de su propia organización.</translation>
    </message>
    <message>
        <source>%1 already has a number (%2): drop this task, or take that number away on the Numbers tab first.</source>
        <translation>%1 ya tiene un número (%2): descarte esta tarea, o quítele antes ese número en la pestaña Números.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualQueueView</name>
    <message>
        <source>Drop the task</source>
        <translation>Descartar la tarea</translation>
    </message>
    <message>
        <source>Drop the task for %1 without giving it a number?</source>
        <translation>¿Descartar la tarea de %1 sin darle un número?</translation>
    </message>
    <message>
        <source>%1 stays without a number until it is provisioned again.</source>
        <translation>%1 sigue sin número hasta que se vuelva a aprovisionar.</translation>
    </message>
    <message>
        <source>Drop task</source>
        <translation>Descartar tarea</translation>
    </message>
    <message>
        <source>Select a task to see why the chain could not give the assistant a number.</source>
        <translation>Seleccione una tarea para ver por qué la cadena no pudo dar un número al asistente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why %1 has no number yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por qué %1 aún no tiene número&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open tasks: every assistant the chain handled got a number.</source>
        <translation>No hay tareas abiertas: todos los asistentes que procesó la cadena recibieron un número.</translation>
    </message>
    <message>
        <source>Open tasks: %1</source>
        <translation>Tareas abiertas: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskModel</name>
    <message>
        <source>Removed organization</source>
        <translation>Organización eliminada</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Asistente %1</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>Why the chain could not</source>
        <translation>Por qué falló la cadena</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskStore</name>
    <message>
        <source>The assistant has an open task already.</source>
        <translation>El asistente ya tiene una tarea abierta.</translation>
    </message>
    <message>
        <source>Task %1 is no longer open: it was completed or dropped, perhaps from another console.</source>
        <translation>La tarea %1 ya no está abierta: se completó o se descartó, quizá desde otra consola.</translation>
    </message>
    <message>
        <source>Waiting in the manual queue: %1</source>
        <translation>En espera en la cola manual: %1</translation>
    </message>
    <message>
        <source>Manual task completed with %1</source>
        <translation>Tarea manual completada con %1</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Tarea manual descartada</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>En espera en la cola manual</translation>
    </message>
    <message>
        <source>Manual task #%1 is closed.</source>
        <translation>La tarea manual #%1 está cerrada.</translation>
    </message>
    <message>
        <source>Manual task #%1 could not be closed (%2); close it in the manual queue.</source>
        <translation>No se pudo cerrar la tarea manual #%1 (%2); ciérrela en la cola manual.</translation>
    </message>
</context>
<context>
    <name>Switchboard::MemorySecretStore</name>
    <message>
        <source>The operation failed.</source>
        <translation>La operación falló.</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberAssignment</name>
    <message>
        <source>No number in Vapi has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Ningún número de Vapi tiene el id %1 (según la última actualización); actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer in the workspace.</source>
        <translation>La cuenta de Vapi de %1 ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>No assistant has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Ningún asistente tiene el id %1 (según la última actualización); actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is in another Vapi account than %2: a number can only answer an assistant of its own account.</source>
        <translation>%1 está en otra cuenta de Vapi que %2: un número solo puede llevar a un asistente de su propia cuenta.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, and %3 to another organization: one customer's number never answers another customer's assistant.</source>
        <translation>%1 pertenece a %2 y %3 a otra organización: el número de un cliente nunca lleva al asistente de otro cliente.</translation>
    </message>
    <message>
        <source>%1 answers no assistant already.</source>
        <translation>%1 ya no lleva a ningún asistente.</translation>
    </message>
    <message>
        <source>%1 answers that assistant already.</source>
        <translation>%1 ya lleva a ese asistente.</translation>
    </message>
    <message>
        <source>%1 no longer answers any assistant.</source>
        <translation>%1 ya no lleva a ningún asistente.</translation>
    </message>
    <message>
        <source>The workspace could not note it (%1); the next refresh will.</source>
        <translation>El espacio de trabajo no pudo anotarlo (%1); la próxima actualización lo hará.</translation>
    </message>
    <message>
        <source>%1 now answers %2.</source>
        <translation>%1 ahora atiende a %2.</translation>
    </message>
    <message>
        <source>It could not be recorded in the history: %1</source>
        <translation>No se pudo registrar en el historial: %1</translation>
    </message>
    <message>
        <source>%1 was not unassigned: %2</source>
        <translation>%1 no se desasignó: %2</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2</source>
        <translation>%1 no se asignó: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberBuying</name>
    <message>
        <source>Nothing can be bought</source>
        <translation>No se puede comprar nada</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPoolStore</name>
    <message>
        <source>%1 is in the pool of another Twilio account of the workspace: a number is in one pool only. Remove it there first.</source>
        <translation>%1 ya está en la reserva de otra cuenta de Twilio del espacio de trabajo: un número está en una sola reserva. Quítelo de allí primero.</translation>
    </message>
    <message>
        <source>That number is no longer in the pool.</source>
        <translation>Ese número ya no está en la reserva.</translation>
    </message>
    <message>
        <source>That number is no longer an available number of its pool (an assistant got it meanwhile, or it was removed).</source>
        <translation>Ese número ya no es un número disponible de su reserva (un asistente lo obtuvo mientras tanto, o se quitó).</translation>
    </message>
    <message>
        <source>That purchase is no longer recorded in the workspace.</source>
        <translation>Esa compra ya no está registrada en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 added to the pool of %2</source>
        <translation>%1 añadido al grupo de %2</translation>
    </message>
    <message>
        <source>%1 taken out of the pool of %2</source>
        <translation>%1 retirado del grupo de %2</translation>
    </message>
    <message>
        <source>a Twilio account</source>
        <translation>una cuenta de Twilio</translation>
    </message>
    <message>
        <source>the workspace's Twilio account %1</source>
        <translation>la cuenta de Twilio %1 del espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 bought on %2</source>
        <translation>%1 comprado en %2</translation>
    </message>
    <message>
        <source>%1 bought on %2 (found on Twilio, bought by an earlier request)</source>
        <translation>%1 comprado en %2 (encontrado en Twilio, comprado por una solicitud anterior)</translation>
    </message>
    <message>
        <source>the Twilio account %2 of %1</source>
        <translation>la cuenta de Twilio %2 de %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPurchase</name>
    <message>
        <source>That organization is no longer in the workspace.</source>
        <translation>Esa organización ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>cuenta de Twilio del espacio de trabajo</translation>
    </message>
    <message>
        <source>Neither %1 nor the workspace has a Twilio account to buy in: add one first.</source>
        <translation>Ni %1 ni el espacio de trabajo tienen una cuenta de Twilio con la que comprar: añada una primero.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account to buy in: add one in Settings first.</source>
        <translation>El espacio de trabajo no tiene una cuenta de Twilio con la que comprar: añada una primero en Configuración.</translation>
    </message>
    <message>
        <source>Buying is off for %1: allow it, with a monthly limit, first (%2).</source>
        <translation>La compra está desactivada para la %1: permítala primero, con un límite mensual (%2).</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers: %1</source>
        <translation>Twilio no pudo buscar números: %1</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2, counting purchases in progress; nothing was bought.</source>
        <translation>Se alcanzó el límite de compras de %1 de este mes para la %2, contando las compras en curso; no se compró nada.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio sold %1 (%2). The next start of Switchboard asks Twilio and puts it in the pool if it was.</source>
        <translation>No se sabe si Twilio vendió %1 (%2). El próximo inicio de Switchboard se lo pregunta a Twilio y lo pone en la reserva si fue así.</translation>
    </message>
    <message>
        <source>Twilio no longer offers %1 (someone bought it meanwhile): search again.</source>
        <translation>Twilio ya no ofrece %1 (alguien lo compró mientras tanto): busque de nuevo.</translation>
    </message>
    <message>
        <source>Twilio did not sell %1: %2</source>
        <translation>Twilio no vendió %1: %2</translation>
    </message>
    <message>
        <source>%1 was bought on %2 but could not be recorded in the workspace (%3); the next start of Switchboard puts it in the pool.</source>
        <translation>%1 se compró con la %2 pero no pudo registrarse en el espacio de trabajo (%3); el próximo inicio de Switchboard lo pone en la reserva.</translation>
    </message>
    <message>
        <source>%1 was bought on %2 and is in its pool, free for the next assistant.</source>
        <translation>%1 se compró con la %2 y está en su reserva, libre para el próximo asistente.</translation>
    </message>
    <message>
        <source>File → Edit organization…, Numbers page</source>
        <translation>Archivo → Modificar organización…, página Números</translation>
    </message>
    <message>
        <source>File → Settings…, Workspace tab</source>
        <translation>Archivo → Configuración…, pestaña Espacio de trabajo</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2 (%3 bought or being bought). The limit can be raised in %4.</source>
        <translation>Se alcanzó el límite de compras de %1 de este mes para la %2 (%3 compradas o en compra). El límite puede subirse en %4.</translation>
    </message>
    <message>
        <source>the Twilio account of %1</source>
        <translation>cuenta de Twilio de %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberRelease</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>la cuenta de Twilio de la organización</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>la cuenta de Twilio del espacio de trabajo</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer known; refresh and try again.</source>
        <translation>La cuenta de Vapi de %1 ya no se conoce; actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Vapi did not release %1.</source>
        <translation>Vapi no liberó %1.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>El historial no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>%1 left Vapi, but the workspace could not forget it: %2</source>
        <translation>%1 salió de Vapi, pero el espacio de trabajo no pudo olvidarlo: %2</translation>
    </message>
    <message>
        <source>Released %1 from Vapi; it is back in the number pool of %2, which Twilio still bills for it.</source>
        <translation>%1 liberado de Vapi; vuelve a estar en la reserva de números de %2, que Twilio sigue cobrando por él.</translation>
    </message>
    <message>
        <source>Released %1 from Vapi, but it could not be put back in the number pool of %2: %3</source>
        <translation>%1 liberado de Vapi, pero no se pudo devolver a la reserva de números de %2: %3</translation>
    </message>
    <message>
        <source>Released %1 from Vapi.</source>
        <translation>%1 liberado de Vapi.</translation>
    </message>
    <message>
        <source>The Twilio account of %1 is no longer known.</source>
        <translation>La cuenta de Twilio de %1 ya no se conoce.</translation>
    </message>
    <message>
        <source>%1 was not released on Twilio: the workspace refused a write (%2).</source>
        <translation>%1 no se liberó en Twilio: el espacio de trabajo rechazó una escritura (%2).</translation>
    </message>
    <message>
        <source>%1 is no longer an available number of its pool (an assistant got it meanwhile, or it was removed); it was not released on Twilio.</source>
        <translation>%1 ya no es un número disponible de su reserva (un asistente lo obtuvo mientras tanto, o se quitó); no se liberó en Twilio.</translation>
    </message>
    <message>
        <source>%1 could not be put back in its pool: %2</source>
        <translation>%1 no se pudo devolver a su reserva: %2</translation>
    </message>
    <message>
        <source>Released %1 on Twilio: it left %2 and its monthly bill stops.</source>
        <translation>%1 liberado en Twilio: salió de %2 y su cobro mensual se detiene.</translation>
    </message>
    <message>
        <source>%1 was no longer in %2 (released there already); it left the pool.</source>
        <translation>%1 ya no estaba en %2 (ya se había liberado allí); salió de la reserva.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio released %1; it stays out of the pool. Check the numbers of %2 in the Twilio Console.</source>
        <translation>No se sabe si Twilio liberó %1; queda fuera de la reserva. Revise los números de %2 en la Twilio Console.</translation>
    </message>
    <message>
        <source>Twilio did not release %1; it stays in the pool of %2.</source>
        <translation>Twilio no liberó %1; sigue en la reserva de %2.</translation>
    </message>
    <message>
        <source>Twilio did not release %1, and it could not be put back in the pool of %2: %3</source>
        <translation>Twilio no liberó %1, y no se pudo devolver a la reserva de %2: %3</translation>
    </message>
    <message>
        <source>(%1 said: %2)</source>
        <translation>(%1 dijo: %2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersExport</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>No se puede escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>No se pudo escribir %1: %2. No se guardó nada; libere espacio allí o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>No se pudo completar %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersModel</name>
    <message>
        <source>Reserved by an attempt</source>
        <translation>Reservado por un intento</translation>
    </message>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>En la reserva, no en Vapi</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>None: calls are hung up</source>
        <translation>Ninguno: las llamadas se cuelgan</translation>
    </message>
    <message>
        <source>%1 is in Vapi with no assistant: calls to it are hung up. Assign it to an assistant, or release it.</source>
        <translation>%1 está en Vapi sin asistente: las llamadas a él se cuelgan. Asígnelo a un asistente o libérelo.</translation>
    </message>
    <message>
        <source>Warning: no assistant, calls are hung up</source>
        <translation>Aviso: sin asistente, las llamadas se cuelgan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>In the pool; Twilio does not hold it</source>
        <translation>En el grupo; Twilio no lo tiene</translation>
    </message>
    <message>
        <source>In the pool; cannot take calls</source>
        <translation>En el grupo; no puede recibir llamadas</translation>
    </message>
    <message>
        <source>In the pool; calls go to an application or trunk</source>
        <translation>En el grupo; las llamadas van a una aplicación o un trunk</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersView</name>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>En la reserva, no en Vapi</translation>
    </message>
    <message>
        <source>It is a free Vapi number: it counts against the account's free numbers while Vapi holds it.</source>
        <translation>Es un número gratuito de Vapi: cuenta entre los números gratuitos de la cuenta mientras Vapi lo tenga.</translation>
    </message>
    <message>
        <source>It is a Twilio number: it costs about %1 a month in Twilio while the account owns it.</source>
        <translation>Es un número de Twilio: cuesta unos %1 al mes en Twilio mientras la cuenta lo tenga.</translation>
    </message>
    <message>
        <source>Its carrier bills for it as agreed with them.</source>
        <translation>Su operador lo factura según lo acordado con él.</translation>
    </message>
    <message>
        <source>%1 (has %2)</source>
        <translation>%1 (tiene %2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <source>There is no other assistant in this organization to assign %1 to.</source>
        <translation>No hay ningún otro asistente en esta organización al que asignar %1.</translation>
    </message>
    <message>
        <source>Calls to %1 will reach the assistant you choose.</source>
        <translation>Las llamadas a %1 llegarán al asistente que elija.</translation>
    </message>
    <message>
        <source>%1 loses it, and cannot be called until it gets another number.</source>
        <translation>%1 lo pierde y no se le podrá llamar hasta que reciba otro número.</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>Reasignar %1</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Desasignar %1</translation>
    </message>
    <message>
        <source>Unassign %1 from %2?</source>
        <translation>¿Desasignar %1 de %2?</translation>
    </message>
    <message>
        <source>Calls to %1 will be hung up, and %2 cannot be called, until the number is assigned again. %3</source>
        <translation>Las llamadas a %1 se colgarán y no se podrá llamar a %2 hasta que el número se vuelva a asignar. %3</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Desasignar</translation>
    </message>
    <message>
        <source>The number goes back to Vapi and frees one of the account's free numbers for another assistant. It may not be possible to get the same number again.</source>
        <translation>El número vuelve a Vapi y libera uno de los números gratuitos de la cuenta para otro asistente. Puede que no sea posible recuperar el mismo número.</translation>
    </message>
    <message>
        <source>The number leaves Vapi; your carrier keeps billing for it as agreed.</source>
        <translation>El número sale de Vapi; su operador lo sigue facturando según lo acordado.</translation>
    </message>
    <message>
        <source>%1 will have no number: nobody can call it until it gets another.</source>
        <translation>%1 se quedará sin número: nadie podrá llamarlo hasta que reciba otro.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Liberar %1</translation>
    </message>
    <message>
        <source>Release %1 from Vapi?</source>
        <translation>¿Liberar %1 de Vapi?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation>Reas&amp;ignar…</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>As&amp;ignar…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: changes wait for the connection.</source>
        <translation>No se puede contactar con Vapi: los cambios esperan a la conexión.</translation>
    </message>
    <message>
        <source>This pool number is not in Vapi yet: the provisioning chain imports it when an assistant needs it.</source>
        <translation>Este número de la reserva aún no está en Vapi: la cadena de aprovisionamiento lo importa cuando un asistente lo necesita.</translation>
    </message>
    <message>
        <source>Numbers in Vapi with no assistant: %1. Calls to them are hung up: assign them or release them.</source>
        <translation>Números en Vapi sin asistente: %1. Las llamadas a ellos se cuelgan: asígnelos o libérelos.</translation>
    </message>
    <message>
        <source>The number leaves Vapi but stays in the Twilio account, where it still costs about %1 a month. A number of a Twilio pool goes back to the pool for the next assistant, and you are then asked whether to release it on Twilio as well, which stops the bill.</source>
        <translation>El número sale de Vapi pero sigue en la cuenta de Twilio, donde aún cuesta unos %1 al mes. Un número de una reserva de Twilio vuelve a la reserva para el siguiente asistente, y luego se le pregunta si también quiere liberarlo en Twilio, lo que detiene el cobro.</translation>
    </message>
    <message>
        <source>%1 (waits in the manual queue)</source>
        <translation>%1 (espera en la cola manual)</translation>
    </message>
    <message>
        <source>An assistant that waits in the manual queue has its task closed with this number.</source>
        <translation>Un asistente que espera en la cola manual tiene su tarea cerrada con este número.</translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation>Exportar los números</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exported to %1 (numbers: %2).</source>
        <translation>Exportado a %1 (números: %2).</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Copy &amp;Vapi id</source>
        <translation>Copiar id de &amp;Vapi</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>Copiar id del &amp;asistente</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Abrir el &amp;panel de Vapi</translation>
    </message>
    <message>
        <source>Open the &amp;Twilio console</source>
        <translation>Abrir la &amp;consola de Twilio</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationListModel</name>
    <message>
        <source>All organizations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>All organizations; workspace account: %1</source>
        <translation>Todas las organizaciones; cuenta del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>%1 (%2); stage: %3; %4</source>
        <translation>%1 (%2); etapa: %3; %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation>%L1/%L2</translation>
    </message>
    <message>
        <source>Needs Twilio</source>
        <translation>Necesita Twilio</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationRemoval</name>
    <message>
        <source>%1 was not removed, and nothing was changed: its secrets could not be deleted from the keychain. %2</source>
        <translation>%1 no se eliminó y no se cambió nada: sus secretos no pudieron borrarse del llavero. %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 no se eliminó: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSave</name>
    <message>
        <source>the Vapi private key</source>
        <translation>la clave privada de Vapi</translation>
    </message>
    <message>
        <source>the Twilio API key secret</source>
        <translation>el secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>the Twilio auth token</source>
        <translation>el token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>No se guardó nada: no hay ningún llavero donde guardar los secretos.</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>El espacio de trabajo está ocupado; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Vapi private key: there is no Vapi account to keep it for.</source>
        <translation>Clave privada de Vapi: no hay ninguna cuenta de Vapi para la que guardarla.</translation>
    </message>
    <message>
        <source>Twilio secret: the organization has no Twilio account of its own to keep it for.</source>
        <translation>Secreto de Twilio: la organización no tiene una cuenta de Twilio propia para la que guardarlo.</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not give %1 back to be replaced. %2</source>
        <translation>No se guardó nada: el llavero no devolvió %1 para reemplazarlo. %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take %1. %2</source>
        <translation>No se guardó nada: el llavero no aceptó %1. %2</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was saved.</source>
        <translation>No se pudo escribir en el espacio de trabajo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The keychain may still hold %1; it is not in use and can be removed with the keychain's own tool.</source>
        <translation>Es posible que el llavero aún contenga %1; no se usa y se puede eliminar con la herramienta del propio llavero.</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSetup</name>
    <message>
        <source>slug</source>
        <translation>identificador corto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>código de área</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID de la cuenta de Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>is needed with an API key: the account SID stays in every request's path</source>
        <translation>es necesario con una clave de API: el SID de la cuenta va en la ruta de cada solicitud</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>reserva de números</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account SID: the numbers must belong to that account</source>
        <translation>necesita el SID de la cuenta de Twilio de la organización: los números deben pertenecer a esa cuenta</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>límite de compras</translation>
    </message>
    <message>
        <source>must be between 0 and 1000 a month</source>
        <translation>debe estar entre 0 y 1000 al mes</translation>
    </message>
    <message>
        <source>allow purchase</source>
        <translation>permitir compras</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account to buy in</source>
        <translation>necesita la cuenta de Twilio de la organización para comprar en ella</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>El espacio de trabajo está ocupado; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>organization %1 does not exist</source>
        <translation>la organización %1 no existe</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed.</source>
        <translation>No se pudo escribir en el espacio de trabajo; no se cambió nada.</translation>
    </message>
    <message>
        <source>cannot be checked against the other pools: %1</source>
        <translation>no se puede comprobar con los demás grupos: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>free-number cap</source>
        <translation>límite de números gratuitos</translation>
    </message>
    <message>
        <source>belongs to the organization's own Vapi account; the workspace's cap is one of the workspace's settings</source>
        <translation>pertenece a la cuenta de Vapi propia de la organización; el límite del espacio de trabajo es una de sus opciones</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>slug: stays "%1" once the organization exists; scripts and exports name it by its slug</source>
        <translation>identificador corto: sigue siendo «%1» una vez creada la organización; los scripts y las exportaciones la nombran por su identificador corto</translation>
    </message>
    <message>
        <source>number pool: %1 is in use (an assistant has it, or a provisioning holds it) and stays in the pool; put it back in the list, or release it from the Numbers tab first</source>
        <translation>reserva de números: %1 está en uso (un asistente lo tiene, o un aprovisionamiento lo retiene) y se queda en la reserva; vuelva a ponerlo en la lista, o libérelo primero en la pestaña Números</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationStore</name>
    <message>
        <source>must be zero or more</source>
        <translation>debe ser cero o más</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>identificador corto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>código de área</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>límite de compras</translation>
    </message>
    <message>
        <source>slug: an organization called "%1" already exists; choose another slug.</source>
        <translation>identificador corto: ya existe una organización llamada «%1»; elija otro identificador corto.</translation>
    </message>
    <message>
        <source>The organization "%1" is no longer in the workspace (removed from another console?).</source>
        <translation>La organización «%1» ya no está en el espacio de trabajo (¿se quitó desde otra consola?).</translation>
    </message>
    <message>
        <source>That organization is no longer in the workspace (removed from another console?).</source>
        <translation>Esa organización ya no está en el espacio de trabajo (¿se quitó desde otra consola?).</translation>
    </message>
    <message>
        <source>Organization "%1" added</source>
        <translation>Organización «%1» añadida</translation>
    </message>
    <message>
        <source>Organization "%1" changed: %2</source>
        <translation>Organización «%1» modificada: %2</translation>
    </message>
    <message>
        <source>Organization "%1" removed; its history stays</source>
        <translation>Organización «%1» eliminada; su historial se conserva</translation>
    </message>
    <message>
        <source>Organization "%1" removed with its %2; its history stays</source>
        <translation>Organización «%1» eliminada con %2; su historial se conserva</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>cuenta de Vapi</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>cuenta de Twilio</translation>
    </message>
    <message>
        <source>pool number</source>
        <translation>número del grupo</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationWizard</name>
    <message>
        <source>is needed to reach the account; %1</source>
        <translation>es necesaria para acceder a la cuenta; %1</translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation>Modificar la organización</translation>
    </message>
    <message>
        <source>Set up an organization</source>
        <translation>Configurar una organización</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> al mes</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Clave privada de Vapi</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>find it in the Vapi dashboard under API Keys</source>
        <translation>se encuentra en el panel de Vapi, en «API Keys»</translation>
    </message>
    <message>
        <source>is needed for the organization's own Twilio account; it is on the Twilio console's home page</source>
        <translation>es necesario para la cuenta de Twilio propia de la organización; está en la página de inicio de la consola de Twilio</translation>
    </message>
    <message>
        <source>is needed to sign in with an API key; create one in the Twilio console under API keys</source>
        <translation>es necesario para iniciar sesión con una clave de API; cree una en la consola de Twilio, en «API keys»</translation>
    </message>
    <message>
        <source>Twilio shows it once, when the API key is created</source>
        <translation>Twilio lo muestra una sola vez, al crear la clave de API</translation>
    </message>
    <message>
        <source>it is on the Twilio console's home page</source>
        <translation>está en la página de inicio de la consola de Twilio</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Cuenta de Vapi</translation>
    </message>
    <message>
        <source>The customer's own Vapi account: its region and its private API key. Its free numbers are counted apart from the workspace's.</source>
        <translation>La cuenta de Vapi propia del cliente: su región y su clave de API privada. Sus números gratuitos se cuentan aparte de los del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up yet: choose its region and enter its private API key. It serves every organization that does not bring its own.</source>
        <translation>La cuenta de Vapi del espacio de trabajo aún no está configurada: elija su región e introduzca su clave de API privada. Atiende a todas las organizaciones que no aportan la suya.</translation>
    </message>
    <message>
        <source>Leave the key empty to keep the one in the keychain.</source>
        <translation>Deje la clave vacía para conservar la del llavero.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>= %1: listed twice; kept once</source>
        <translation>= %1: aparece dos veces; se conserva una</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1.</source>
        <translation>Números listos para la reserva: %1.</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2 (see the list).</source>
        <translation>Números listos para la reserva: %1; no válidos: %2 (vea la lista).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>No se guardó nada: no hay ningún llavero donde guardar los secretos.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2; in another pool: %3 (see the list).</source>
        <translation>Números listos para el grupo: %1; no válidos: %2; en otro grupo: %3 (vea la lista).</translation>
    </message>
    <message>
        <source>Testing the key: which Vapi account does it reach…</source>
        <translation>Probando la clave: a qué cuenta de Vapi llega…</translation>
    </message>
    <message>
        <source>is the one %1 uses already: tick "Yes, these organizations share one Vapi account" if that is intended, or enter the key of another account</source>
        <translation>es la que ya usa %1: marque «Sí, estas organizaciones comparten una cuenta de Vapi» si es intencionado, o introduzca la clave de otra cuenta</translation>
    </message>
    <message>
        <source>Enter the organization's Twilio account and its secret first (Twilio page).</source>
        <translation>Introduzca primero la cuenta de Twilio de la organización y su secreto (página Twilio).</translation>
    </message>
    <message>
        <source>Clearing in Twilio…</source>
        <translation>Quitando en Twilio…</translation>
    </message>
    <message>
        <source>Asking Twilio…</source>
        <translation>Preguntando a Twilio…</translation>
    </message>
    <message>
        <source>Twilio holds every number, and each takes calls.</source>
        <translation>Twilio tiene todos los números, y cada uno acepta llamadas.</translation>
    </message>
    <message>
        <source>Twilio: %1 cannot be used, %2 send their calls elsewhere, %3 could not be checked (see the list).</source>
        <translation>Twilio: %1 no se pueden usar, %2 envían sus llamadas a otro sitio, %3 no se pudieron comprobar (vea la lista).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ %1 (Twilio: ready)</source>
        <translation>✓ %1 (Twilio: listo)</translation>
    </message>
    <message>
        <source>As the workspace's default: a number automatically</source>
        <translation>Según el valor predeterminado del espacio de trabajo: un número automáticamente</translation>
    </message>
    <message>
        <source>As the workspace's default: a number on request only</source>
        <translation>Según el valor predeterminado del espacio de trabajo: un número solo a petición</translation>
    </message>
    <message>
        <source>Get a number automatically</source>
        <translation>Obtener un número automáticamente</translation>
    </message>
    <message>
        <source>Get a number only when someone asks</source>
        <translation>Obtener un número solo cuando alguien lo pida</translation>
    </message>
    <message>
        <source>Vapi refused this key; copy the private key (not the public one) from the Vapi dashboard's API Keys page, then test it again</source>
        <translation>Vapi rechazó esta clave; copie la clave privada (no la pública) de la página API Keys del panel de Vapi y vuelva a probarla</translation>
    </message>
    <message>
        <source>Twilio refused these credentials; check the account SID and the secret in the Twilio console, then test them again</source>
        <translation>Twilio rechazó estas credenciales; compruebe el SID de la cuenta y el secreto en la consola de Twilio y vuelva a probarlas</translation>
    </message>
    <message>
        <source>is empty; enter it first</source>
        <translation>está vacío; introdúzcalo primero</translation>
    </message>
    <message>
        <source>? %1: Twilio could not be asked (%2)</source>
        <translation>? %1: no se pudo preguntar a Twilio (%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>No pool numbers: past the free numbers, the chain buys them within the monthly limit.</source>
        <translation>Sin números en la reserva: tras los números gratuitos, la cadena los compra dentro del límite mensual.</translation>
    </message>
    <message>
        <source>No pool numbers, and buying is off: past the free numbers, assistants wait in the manual queue.</source>
        <translation>Sin números en la reserva y con las compras desactivadas: tras los números gratuitos, los asistentes esperan en la cola manual.</translation>
    </message>
    <message>
        <source>No Twilio account of its own: past the free numbers, the workspace's Twilio account serves it, if it is set up.</source>
        <translation>Sin cuenta de Twilio propia: tras los números gratuitos, la atiende la cuenta de Twilio del espacio de trabajo, si está configurada.</translation>
    </message>
    <message>
        <source>The slug stays as it was chosen: scripts, exports and the keychain name the organization by it.</source>
        <translation>El identificador corto se queda como se eligió: los scripts, las exportaciones y el llavero nombran a la organización por él.</translation>
    </message>
    <message>
        <source>Who the customer is.</source>
        <translation>Quién es el cliente.</translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> número gratuito</numerusform>
            <numerusform> números gratuitos</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace's Vapi account is set up: nothing to enter here. Its key and free-number cap are changed in File → Settings….</source>
        <translation>La cuenta de Vapi del espacio de trabajo está configurada: no hay nada que introducir aquí. Su clave y su límite de números gratuitos se cambian en Archivo → Configuración….</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identificador corto</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Código de área preferido</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Límite mensual</translation>
    </message>
    <message>
        <source>Pool numbers belong to the organization's own Twilio account: tick it on the Twilio page, or empty the list.</source>
        <translation>Los números de la reserva pertenecen a la cuenta de Twilio propia de la organización: márquela en la página de Twilio, o vacíe la lista.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PhoneAddress</name>
    <message>
        <source>is empty; enter a number in E.164 form such as +14155552671</source>
        <translation>está vacío; introduzca un número en formato E.164, como +14155552671</translation>
    </message>
    <message>
        <source>"%1" has no country code; write it in E.164 form with a leading + (for example +14155552671)</source>
        <translation>«%1» no tiene prefijo de país; escríbalo en formato E.164 con un + inicial (por ejemplo, +14155552671)</translation>
    </message>
    <message>
        <source>"%1" does not start with a known country code; write it in E.164 form such as +14155552671</source>
        <translation>«%1» no empieza por un prefijo de país conocido; escríbalo en formato E.164, como +14155552671</translation>
    </message>
    <message>
        <source>"%1" is not a phone number; write it in E.164 form such as +14155552671</source>
        <translation>«%1» no es un número de teléfono; escríbalo en formato E.164, como +14155552671</translation>
    </message>
    <message>
        <source>"%1" has an extension; Vapi and Twilio need the number alone</source>
        <translation>«%1» tiene una extensión; Vapi y Twilio necesitan solo el número</translation>
    </message>
    <message>
        <source>"%1" is not a valid number in its country's numbering plan; check the country code and the number of digits</source>
        <translation>«%1» no es un número válido en el plan de numeración de su país; compruebe el prefijo de país y el número de dígitos</translation>
    </message>
    <message>
        <source>"%1" is not a SIP URI; it must look like sip:name@sip.vapi.ai</source>
        <translation>«%1» no es una URI SIP; debe tener el aspecto sip:nombre@sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" needs exactly one user name before one @ host, as in sip:name@sip.vapi.ai</source>
        <translation>«%1» necesita exactamente un nombre de usuario antes de un único host tras @, como en sip:nombre@sip.vapi.ai</translation>
    </message>
    <message>
        <source>the user name of "%1" may only hold letters, digits and -_.!~*'() (at most 64 characters)</source>
        <translation>el nombre de usuario de «%1» solo puede contener letras, dígitos y -_.!~*'() (64 caracteres como máximo)</translation>
    </message>
    <message>
        <source>the host of "%1" is not a domain name such as sip.vapi.ai</source>
        <translation>el host de «%1» no es un nombre de dominio como sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" has hidden digits; enter the whole number in E.164 form such as +14155552671</source>
        <translation>«%1» tiene dígitos ocultos; introduzca el número completo en formato E.164, por ejemplo +14155552671</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckAfterSave</name>
    <message numerus="yes">
        <source>Twilio holds the %n number(s) added to the pool, ready for calls.</source>
        <translation>
            <numerusform>Twilio tiene el %n número añadido a la reserva, listo para llamadas.</numerusform>
            <numerusform>Twilio tiene los %n números añadidos a la reserva, listos para llamadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be asked about now; the chain asks again before it uses one.</source>
        <translation>
            <numerusform>%n número no pudo consultarse ahora; la cadena vuelve a preguntar antes de usarlo.</numerusform>
            <numerusform>%n números no pudieron consultarse ahora; la cadena vuelve a preguntar antes de usar uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers added to the pool were not checked with Twilio (%1); the chain asks before it uses one.</source>
        <translation>Los números añadidos a la reserva no se comprobaron con Twilio (%1); la cadena pregunta antes de usar uno.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckRun</name>
    <message>
        <source>The Twilio client was closed.</source>
        <translation>El cliente de Twilio se cerró.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolEditor</name>
    <message>
        <source>Remove from the poo&amp;l</source>
        <translation>Q&amp;uitar de la reserva</translation>
    </message>
    <message>
        <source>Add num&amp;bers (one a line, or separated by commas):</source>
        <translation>Añad&amp;ir números (uno por línea, o separados por comas):</translation>
    </message>
    <message>
        <source>Numbers in the workspace's pool</source>
        <translation>Números de la reserva del espacio de trabajo</translation>
    </message>
    <message>
        <source>Only numbers not in use can be taken out: a number in use belongs to an assistant. The number stays in Twilio.</source>
        <translation>Solo se pueden quitar los números que no están en uso: un número en uso pertenece a un asistente. El número se queda en Twilio.</translation>
    </message>
    <message>
        <source>Numbers to add to the pool</source>
        <translation>Números que añadir a la reserva</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: libre</translation>
    </message>
    <message>
        <source>%1: in Vapi, in use</source>
        <translation>%1: en Vapi, en uso</translation>
    </message>
    <message>
        <source>%1: being provisioned</source>
        <translation>%1: asignándose</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Todavía no hay números.</translation>
    </message>
    <message>
        <source>Its number pool:</source>
        <translation>Su reserva de números:</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolNumberCheck</name>
    <message>
        <source>Twilio account %1 does not hold %2, so Vapi cannot import it. Add the number to that account, or take it out of the pool.</source>
        <translation>La cuenta de Twilio %1 no tiene %2, así que Vapi no puede importarlo. Añada el número a esa cuenta o sáquelo del grupo.</translation>
    </message>
    <message>
        <source>%1 cannot take voice calls (Twilio lists no voice capability for it), so an assistant could never answer it. Use a voice-capable number instead.</source>
        <translation>%1 no puede recibir llamadas de voz (Twilio no le indica capacidad de voz), así que un asistente nunca podría contestarlo. Use en su lugar un número con voz.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the SIP trunk %2: Twilio ignores the voice URL Vapi writes while a trunk is set, so calls would never reach the assistant. Clear the trunk (with consent) or take the number out of the pool.</source>
        <translation>%1 envía sus llamadas al trunk SIP %2: Twilio ignora la URL de voz que escribe Vapi mientras haya un trunk, así que las llamadas nunca llegarían al asistente. Quite el trunk (con consentimiento) o saque el número del grupo.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the TwiML application %2: Twilio ignores the voice URL Vapi writes while an application is set, so calls would never reach the assistant. Clear the application (with consent) or take the number out of the pool.</source>
        <translation>%1 envía sus llamadas a la aplicación TwiML %2: Twilio ignora la URL de voz que escribe Vapi mientras haya una aplicación, así que las llamadas nunca llegarían al asistente. Quite la aplicación (con consentimiento) o saque el número del grupo.</translation>
    </message>
    <message>
        <source>In Twilio account %1; takes voice calls; no application or trunk in front of its voice URL.</source>
        <translation>En la cuenta de Twilio %1; acepta llamadas de voz; ninguna aplicación ni trunk delante de su URL de voz.</translation>
    </message>
    <message>
        <source>Twilio could not be asked about %1 (%2); it keeps its standing until it can.</source>
        <translation>No se pudo preguntar a Twilio por %1 (%2); conserva su estado hasta que se pueda.</translation>
    </message>
    <message>
        <source>%1 could not be changed in Twilio (%2). %3</source>
        <translation>%1 no se pudo cambiar en Twilio (%2). %3</translation>
    </message>
    <message>
        <source>%1: cleared its application or trunk; calls now go to the voice URL Vapi writes.</source>
        <translation>%1: se quitó su aplicación o trunk; las llamadas van ahora a la URL de voz que escribe Vapi.</translation>
    </message>
    <message>
        <source>%1: ready (%2)</source>
        <translation>%1: listo (%2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolOwnership</name>
    <message>
        <source>%1 is already in the workspace's pool; a number can be in one pool only.</source>
        <translation>%1 ya está en el grupo del espacio de trabajo; un número solo puede estar en un grupo.</translation>
    </message>
    <message>
        <source>%1 is already in the number pool of %2; a number can be in one pool only.</source>
        <translation>%1 ya está en el grupo de números de %2; un número solo puede estar en un grupo.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningDialog</name>
    <message>
        <source>Provisioning %1</source>
        <translation>Aprovisionando %1</translation>
    </message>
    <message>
        <source>Finding a number for %1: free Vapi numbers first, then Twilio, then the manual queue…</source>
        <translation>Buscando un número para %1: primero números gratuitos de Vapi, luego Twilio y luego la cola manual…</translation>
    </message>
    <message>
        <source>%1 already had a number: %2.</source>
        <translation>%1 ya tenía un número: %2.</translation>
    </message>
    <message>
        <source>%1 can be called now at %2.</source>
        <translation>Ya se puede llamar a %1 en %2.</translation>
    </message>
    <message>
        <source>No link of the chain could give %1 a number; it waits in the manual queue with the reasons below.</source>
        <translation>Ningún eslabón de la cadena pudo dar un número a %1; espera en la cola manual con los motivos que se indican abajo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2. Vapi is activating it: calls work in a few minutes.</source>
        <translation>%1 tiene %2. Vapi lo está activando: las llamadas funcionarán en unos minutos.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningEngine</name>
    <message>
        <source>organization: there is no organization %1</source>
        <translation>organización: no existe la organización %1</translation>
    </message>
    <message>
        <source>assistant: an assistant id is needed</source>
        <translation>asistente: se necesita un id de asistente</translation>
    </message>
    <message>
        <source>Not provisioned: created without a number on request. It is not provisioned automatically; provision it when it needs a number.</source>
        <translation>Sin aprovisionar: creado sin número a petición. No se aprovisiona automáticamente; aprovisiónelo cuando necesite un número.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningJob</name>
    <message>
        <source>No Vapi account serves this organization; set up the workspace's Vapi account first.</source>
        <translation>Ninguna cuenta de Vapi atiende a esta organización; configure primero la cuenta de Vapi del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cancelled before a number was assigned.</source>
        <translation>Cancelado antes de asignar un número.</translation>
    </message>
    <message>
        <source>The Vapi key cannot be read: %1</source>
        <translation>No se puede leer la clave de Vapi: %1</translation>
    </message>
    <message>
        <source>The assistant already has %1; nothing was changed.</source>
        <translation>El asistente ya tiene %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>Free Vapi number %1 created and assigned.</source>
        <translation>Número gratuito de Vapi %1 creado y asignado.</translation>
    </message>
    <message>
        <source>Assigned the free Vapi number %1.</source>
        <translation>Se asignó el número gratuito de Vapi %1.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi created the number; nothing more was tried. Provisioning again finds it if it exists.</source>
        <translation>No se sabe si Vapi creó el número; no se intentó nada más. Un nuevo aprovisionamiento lo encontrará si existe.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the free-number request is unknown.</source>
        <translation>Detenido: se desconoce el resultado de la solicitud de número gratuito.</translation>
    </message>
    <message>
        <source>Vapi did not create a free number.</source>
        <translation>Vapi no creó un número gratuito.</translation>
    </message>
    <message>
        <source>The Twilio credentials cannot be read: %1</source>
        <translation>No se pueden leer las credenciales de Twilio: %1</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers.</source>
        <translation>Twilio no pudo buscar números.</translation>
    </message>
    <message>
        <source>Twilio has no numbers to buy right now.</source>
        <translation>Twilio no tiene números a la venta en este momento.</translation>
    </message>
    <message>
        <source>Twilio did not sell the number.</source>
        <translation>Twilio no vendió el número.</translation>
    </message>
    <message>
        <source>Stopped: it is unknown whether Twilio sold the number.</source>
        <translation>Detenido: no se sabe si Twilio vendió el número.</translation>
    </message>
    <message>
        <source>Stopped: the workspace database refused a write.</source>
        <translation>Detenido: la base de datos del espacio de trabajo rechazó una escritura.</translation>
    </message>
    <message>
        <source>Twilio number %1 imported into Vapi and assigned.</source>
        <translation>Número de Twilio %1 importado a Vapi y asignado.</translation>
    </message>
    <message>
        <source>Assigned the Twilio number %1.</source>
        <translation>Se asignó el número de Twilio %1.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi imported %1; nothing more was tried.</source>
        <translation>No se sabe si Vapi importó %1; no se intentó nada más.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the import is unknown.</source>
        <translation>Detenido: se desconoce el resultado de la importación.</translation>
    </message>
    <message>
        <source>Vapi did not import %1, and whether it holds the number could not be checked.</source>
        <translation>Vapi no importó %1, y no se pudo comprobar si tiene el número.</translation>
    </message>
    <message>
        <source>Twilio number %1 was already imported and assigned.</source>
        <translation>El número de Twilio %1 ya estaba importado y asignado.</translation>
    </message>
    <message>
        <source>%1 is already in Vapi for another assistant; it is no longer offered from the pool.</source>
        <translation>%1 ya está en Vapi para otro asistente; ya no se ofrece desde la reserva.</translation>
    </message>
    <message>
        <source>Vapi did not import %1.</source>
        <translation>Vapi no importó %1.</translation>
    </message>
    <message>
        <source>Give the assistant a number by hand: type an E.164 number or a SIP URI, or pick an existing unassigned number. Setting up Twilio for the organization or the workspace avoids this next time.</source>
        <translation>Dé un número al asistente a mano: escriba un número E.164 o una URI SIP, o elija un número existente sin asignar. Configurar Twilio para la organización o el espacio de trabajo evita esto la próxima vez.</translation>
    </message>
    <message>
        <source>Manual task #%1 opened.</source>
        <translation>Tarea manual n.º %1 abierta.</translation>
    </message>
    <message>
        <source>No link of the chain could give a number; manual task #%1 carries the reasons.</source>
        <translation>Ningún eslabón de la cadena pudo dar un número; la tarea manual n.º %1 recoge los motivos.</translation>
    </message>
    <message>
        <source>Stopped before any request: the history could not be written (%1).</source>
        <translation>Detenido antes de cualquier solicitud: no se pudo escribir el historial (%1).</translation>
    </message>
    <message>
        <source>%1 has no assistant %2 that Switchboard knows of, and no Vapi account serves it to look in.</source>
        <translation>%1 no tiene ningún asistente %2 que Switchboard conozca, y ninguna cuenta de Vapi la atiende para comprobarlo.</translation>
    </message>
    <message>
        <source>Nothing was done: the attempt could not be recorded. %1</source>
        <translation>No se hizo nada: no se pudo registrar el intento. %1</translation>
    </message>
    <message>
        <source>Assistant %1 cannot be checked (the Vapi key cannot be read: %2), and it is not known as an assistant of %3.</source>
        <translation>No se puede comprobar el asistente %1 (no se puede leer la clave de Vapi: %2) y no se conoce como asistente de %3.</translation>
    </message>
    <message>
        <source>There is no assistant %1 in the Vapi account that serves %2.</source>
        <translation>No hay ningún asistente %1 en la cuenta de Vapi que atiende a %2.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) belongs to %3, not to %4; nothing was done.</source>
        <translation>El asistente %1 (%2) pertenece a %3, no a %4; no se hizo nada.</translation>
    </message>
    <message>
        <source>The number pool is used up, and this month's purchase limit (%1) is reached, counting purchases in progress.</source>
        <translation>El grupo de números está agotado y se alcanzó el límite de compras de este mes (%1), contando las compras en curso.</translation>
    </message>
    <message>
        <source>The bought number %1 could not be recorded in the pool: %2</source>
        <translation>No se pudo registrar el número comprado %1 en el grupo: %2</translation>
    </message>
    <message>
        <source>No number, and the manual task could not be written: %1</source>
        <translation>Sin número, y no se pudo guardar la tarea manual: %1</translation>
    </message>
    <message>
        <source>Stopped: the workspace could not record a step, so nothing more was done. %1</source>
        <translation>Detenido: el espacio de trabajo no pudo registrar un paso, así que no se hizo nada más. %1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); the next start settles it.</source>
        <translation>No se pudo registrar el resultado (%1); el próximo inicio lo resolverá.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) is not linked to %3; link it to the organization first (Link an assistant in the console, or switchboard-cli assistant link).</source>
        <translation>El asistente %1 (%2) no está vinculado a %3; vincúlelo primero a la organización (Vincular un asistente en la consola, o switchboard-cli assistant link).</translation>
    </message>
    <message>
        <source>Twilio refused the purchase: this is a trial account, which may own only one number. Upgrade the Twilio account (Twilio Console, Upgrade); until it is marked upgraded, no number is bought from it.</source>
        <translation>Twilio rechazó la compra: es una cuenta de prueba, que solo puede tener un número. Actualice la cuenta de Twilio (Twilio Console, Upgrade); hasta que se marque como actualizada, no se compra ningún número en ella.</translation>
    </message>
    <message>
        <source>Vapi refused another free number: the account's cap is %1. The cap is now set to what Vapi allows; it is asked again in %2 days, or when you check it again.</source>
        <translation>Vapi rechazó otro número gratuito: el límite de la cuenta es %1. El límite queda fijado en lo que Vapi permite; se vuelve a preguntar en %2 días, o cuando lo compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Vapi has no free number in area code %1, and %2 takes free numbers from its own area code only.</source>
        <translation>Vapi no tiene números gratuitos en el prefijo %1, y %2 solo acepta números gratuitos de su propio prefijo.</translation>
    </message>
    <message>
        <source>Vapi had no free number in any area code tried.</source>
        <translation>Vapi no tenía números gratuitos en ningún prefijo probado.</translation>
    </message>
    <message>
        <source>%1 (checked %2): %3</source>
        <translation>%1 (comprobado %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n pool number(s) Twilio said cannot be used; each is asked about again after a day, or at once with `switchboard-cli pool check`. %1</source>
        <translation>
            <numerusform>Se omitió %n número del grupo que según Twilio no se puede usar; se vuelve a preguntar tras un día, o en seguida con `switchboard-cli pool check`. %1</numerusform>
            <numerusform>Se omitieron %n números del grupo que según Twilio no se pueden usar; se vuelve a preguntar por cada uno tras un día, o en seguida con `switchboard-cli pool check`. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the next pool number.</source>
        <translation>Importar el siguiente número del grupo.</translation>
    </message>
    <message>
        <source>Pool number %1 was not imported: %2</source>
        <translation>El número del grupo %1 no se importó: %2</translation>
    </message>
    <message>
        <source>Nothing was done: Vapi could not be asked about assistant %1 and its numbers (%2).</source>
        <translation>No se hizo nada: no se pudo consultar a Vapi sobre el asistente %1 y sus números (%2).</translation>
    </message>
    <message>
        <source>Whether the assistant's number %1 still exists could not be checked, so nothing was created: %2</source>
        <translation>No se pudo comprobar si el número %1 del asistente sigue existiendo, así que no se creó nada: %2</translation>
    </message>
    <message>
        <source>Nothing was done: %1.</source>
        <translation>No se hizo nada: %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Reconciliation</name>
    <message>
        <source>Interrupted; no Vapi account serves the organization any more, so nothing can have been created.</source>
        <translation>Interrumpido; ninguna cuenta de Vapi atiende ya a la organización, así que no se puede haber creado nada.</translation>
    </message>
    <message>
        <source>Interrupted before Vapi created or imported a number; nothing was assigned. Provision again.</source>
        <translation>Interrumpido antes de que Vapi creara o importara un número; no se asignó nada. Vuelva a aprovisionar.</translation>
    </message>
    <message>
        <source>Found in Vapi after a restart: %1.</source>
        <translation>Encontrado en Vapi tras un reinicio: %1.</translation>
    </message>
    <message>
        <source>Interrupted by a restart.</source>
        <translation>Interrumpido por un reinicio.</translation>
    </message>
    <message>
        <source>Completed after a restart: the assistant has %1.</source>
        <translation>Completado tras un reinicio: el asistente tiene %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ReleaseOnTwilioPrompt</name>
    <message>
        <source>Release %1 on Twilio</source>
        <translation>Liberar %1 en Twilio</translation>
    </message>
    <message>
        <source>Release %1 on Twilio as well?</source>
        <translation>¿Liberar %1 también en Twilio?</translation>
    </message>
    <message>
        <source>%1 left Vapi and is back in the number pool of %2, for the next assistant. Twilio still bills it, about %3 a month. Releasing it on Twilio stops the bill and takes it out of the pool; it may not be possible to get the same number again.</source>
        <translation>%1 salió de Vapi y vuelve a estar en la reserva de números de %2, para el siguiente asistente. Twilio sigue cobrándolo, unos %3 al mes. Liberarlo en Twilio detiene el cobro y lo saca de la reserva; puede que no sea posible obtener el mismo número de nuevo.</translation>
    </message>
    <message>
        <source>Release on Twilio</source>
        <translation>Liberar en Twilio</translation>
    </message>
    <message>
        <source>Keep in the pool</source>
        <translation>Mantener en la reserva</translation>
    </message>
</context>
<context>
    <name>Switchboard::RemoveOrganizationPrompt</name>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace?</source>
        <translation>¿Eliminar %1 del espacio de trabajo?</translation>
    </message>
    <message>
        <source>Its Vapi and Twilio accounts, its number pool and its secrets in the keychain are removed from this workspace. Its assistants and numbers stay in Vapi and Twilio as they are: pool numbers are still billed by Twilio until they are released there. Its history stays, and the removal is recorded with your name.</source>
        <translation>Sus cuentas de Vapi y Twilio, su reserva de números y sus secretos en el llavero se eliminan de este espacio de trabajo. Sus asistentes y números siguen en Vapi y Twilio tal como están: Twilio sigue cobrando los números de la reserva hasta que se liberen allí. Su historial se conserva y la eliminación queda registrada con su nombre.</translation>
    </message>
    <message>
        <source>&amp;Remove organization</source>
        <translation>&amp;Eliminar organización</translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingAdvice</name>
    <message>
        <source>None: free numbers need no setup.</source>
        <translation>Ninguno: los números gratuitos no necesitan configuración.</translation>
    </message>
    <message>
        <source>Keep provisioning: new assistants get free Vapi numbers.</source>
        <translation>Siga aprovisionando: los asistentes nuevos reciben números gratuitos de Vapi.</translation>
    </message>
    <message>
        <source>Before the free allowance runs out, set up a Twilio account for the workspace (about 15 minutes, once).</source>
        <translation>Antes de que se agote el cupo gratuito, configure una cuenta de Twilio para el espacio de trabajo (unos 15 minutos, una sola vez).</translation>
    </message>
    <message>
        <source>Done: Twilio is set up.</source>
        <translation>Hecho: Twilio está configurado.</translation>
    </message>
    <message>
        <source>About 15 minutes, once: a Twilio account, one number, and its credentials in Switchboard.</source>
        <translation>Unos 15 minutos, una sola vez: una cuenta de Twilio, un número y sus credenciales en Switchboard.</translation>
    </message>
    <message>
        <source>Set up Twilio for the workspace: create the account, buy a number, and enter the account SID and auth token in Settings.</source>
        <translation>Configure Twilio para el espacio de trabajo: cree la cuenta, compre un número e introduzca el SID de la cuenta y el token de autenticación en Configuración.</translation>
    </message>
    <message>
        <source>Keep a few spare numbers in the Twilio pool, or allow purchases with a monthly limit.</source>
        <translation>Mantenga algunos números de reserva en la reserva de Twilio, o permita compras con un límite mensual.</translation>
    </message>
    <message>
        <source>When customers want their own billing, give them their own Twilio account or subaccount.</source>
        <translation>Cuando los clientes quieran su propia facturación, deles su propia cuenta o subcuenta de Twilio.</translation>
    </message>
    <message>
        <source>About 30 minutes per organization: a Twilio subaccount, its number pool and its credentials.</source>
        <translation>Unos 30 minutos por organización: una subcuenta de Twilio, su reserva de números y sus credenciales.</translation>
    </message>
    <message>
        <source>Give each organization its own Twilio subaccount and number pool, for isolated billing and white-label use.</source>
        <translation>Dé a cada organización su propia subcuenta de Twilio y su reserva de números, para una facturación separada y un uso de marca blanca.</translation>
    </message>
    <message>
        <source>Allow purchases per organization with a monthly limit, so pools refill without manual work.</source>
        <translation>Permita compras por organización con un límite mensual, para que las reservas se rellenen sin trabajo manual.</translation>
    </message>
    <message>
        <source>Review the manual-assignment queue weekly.</source>
        <translation>Revise la cola de asignación manual cada semana.</translation>
    </message>
    <message>
        <source>Vapi dashboard: phone numbers</source>
        <translation>Panel de Vapi: números de teléfono</translation>
    </message>
    <message>
        <source>Twilio console: phone numbers</source>
        <translation>Consola de Twilio: números de teléfono</translation>
    </message>
    <message>
        <source>Twilio pricing</source>
        <translation>Precios de Twilio</translation>
    </message>
    <message>
        <source>Free numbers</source>
        <translation>Números gratuitos</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Multi-organization Twilio</source>
        <translation>Twilio para varias organizaciones</translation>
    </message>
    <message>
        <source>Twilio is set up, but it can give no number: its pool is used up and buying is off. New assistants wait in the manual queue.</source>
        <translation>Twilio está configurado, pero no puede dar ningún número: su reserva está agotada y las compras están desactivadas. Los nuevos asistentes esperan en la cola manual.</translation>
    </message>
    <message>
        <source>Add numbers the Twilio account owns to its pool, or allow purchases with a monthly limit.</source>
        <translation>Añada a la reserva números que posea la cuenta de Twilio, o permita compras con un límite mensual.</translation>
    </message>
    <message>
        <source>no Vapi account</source>
        <translation>ninguna cuenta de Vapi</translation>
    </message>
    <message>
        <source>%L1 in use, cap %L2</source>
        <translation>%L1 en uso, límite %L2</translation>
    </message>
    <message>
        <source>%L1 in use in %L2 Vapi accounts (caps %L3 together)</source>
        <translation>%L1 en uso en %L2 cuentas de Vapi (límites sumados: %L3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) full</source>
        <translation>
            <numerusform>; %n cuenta llena</numerusform>
            <numerusform>; %n cuentas llenas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingView</name>
    <message>
        <source>Every assistant fits in the free allowance of Vapi numbers.</source>
        <translation>Todos los asistentes caben en el cupo gratuito de números de Vapi.</translation>
    </message>
    <message>
        <source>Past the free allowance: new numbers come from Twilio, at a monthly price each.</source>
        <translation>Por encima del cupo gratuito: los números nuevos vienen de Twilio, cada uno con un precio mensual.</translation>
    </message>
    <message>
        <source>Many customers: each organization gets its own Twilio account or subaccount and number pool, billed separately.</source>
        <translation>Muchos clientes: cada organización tiene su propia cuenta o subcuenta de Twilio y su reserva de números, facturadas por separado.</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coste mensual</translation>
    </message>
    <message>
        <source>Monthly cost of numbers as assistants are added</source>
        <translation>Coste mensual de los números a medida que se añaden asistentes</translation>
    </message>
    <message>
        <source>More assistants</source>
        <translation>Asistentes adicionales</translation>
    </message>
    <message>
        <source>US dollars a month</source>
        <translation>Dólares estadounidenses al mes</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>%1 a month with 10 more assistants, %2 with 50 more.</source>
        <translation>%1 al mes con 10 asistentes más, %2 con 50 más.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 a month now to %2 a month with %n more assistant(s).</source>
        <translation>
            <numerusform>De %1 al mes ahora a %2 al mes con %n asistente más.</numerusform>
            <numerusform>De %1 al mes ahora a %2 al mes con %n asistentes más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %Ln Twilio number(s); free Vapi numbers: %2.</source>
        <translation>
            <numerusform>%1 al mes por %Ln número de Twilio; números gratuitos de Vapi: %2.</numerusform>
            <numerusform>%1 al mes por %Ln números de Twilio; números gratuitos de Vapi: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretError</name>
    <message>
        <source>Open Keychain Access, unlock the login keychain, and try again.</source>
        <translation>Abra Acceso a Llaveros, desbloquee el llavero de inicio de sesión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is running for your user account, and try again.</source>
        <translation>Compruebe que el Administrador de credenciales de Windows se está ejecutando para su cuenta de usuario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and unlock it, then try again. Over SSH or in a container, run Switchboard inside a D-Bus session with an unlocked keyring (see the README).</source>
        <translation>Inicie un Secret Service (GNOME Keyring o KWallet) en su sesión de escritorio y desbloquéelo; después, vuelva a intentarlo. Por SSH o en un contenedor, ejecute Switchboard dentro de una sesión de D-Bus con un llavero desbloqueado (consulte el README).</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Mensaje del llavero: %1)</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so Switchboard cannot read or store credentials; everything that needs no credential (the history, the organizations, the manual queue) keeps working. Nothing was saved anywhere else.</source>
        <translation>No se puede usar el llavero, así que Switchboard no puede leer ni guardar credenciales; todo lo que no necesita credenciales (el historial, las organizaciones, la cola manual) sigue funcionando. No se guardó nada en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Access to %1 was refused in the keychain. Allow Switchboard access when the keychain asks, and try again.</source>
        <translation>El llavero denegó el acceso a %1. Permita el acceso a Switchboard cuando el llavero lo pida y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 no está definido.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretIndex</name>
    <message>
        <source>secret key: only organization and workspace secrets are indexed</source>
        <translation>clave de secreto: solo se indexan los secretos de organizaciones y del espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace could not record that %1 is set: %2</source>
        <translation>El espacio de trabajo no pudo registrar que %1 está definido: %2</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 reemplazado</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminado</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretInput</name>
    <message>
        <source>standard input cannot be read.</source>
        <translation>no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 bytes; give only the secret, on one line.</source>
        <translation>el secreto de la entrada estándar supera los %1 bytes; indique solo el secreto, en una línea.</translation>
    </message>
    <message>
        <source>standard input holds more than one line; give one secret, on one line.</source>
        <translation>la entrada estándar contiene más de una línea; indique un solo secreto, en una línea.</translation>
    </message>
    <message>
        <source>no secret was given on standard input; type or pipe it (it is never taken from the command line).</source>
        <translation>no se indicó ningún secreto en la entrada estándar; escríbalo o páselo por una tubería (nunca se toma de la línea de comandos).</translation>
    </message>
    <message>
        <source>the secret on standard input contains a control character; give only the secret, as the service shows it.</source>
        <translation>el secreto de la entrada estándar contiene un carácter de control; indique solo el secreto, tal como lo muestra el servicio.</translation>
    </message>
    <message>
        <source>the secret on standard input is not UTF-8 text.</source>
        <translation>el secreto de la entrada estándar no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not taken from the command line: a command line stays in the shell history and every user of this computer can see it. Type it when asked, or pipe it on standard input (for example from your password manager).</source>
        <translation>%1 no se toma de la línea de comandos: una línea de comandos queda en el historial del shell y cualquier usuario de este equipo puede verla. Escríbalo cuando se le pida, o páselo por una tubería a la entrada estándar (por ejemplo, desde su gestor de contraseñas).</translation>
    </message>
    <message>
        <source>standard input holds %1 line(s); give %2 secrets, one a line, in the order asked for.</source>
        <translation>la entrada estándar tiene %1 línea(s); indique %2 secretos, uno por línea, en el orden pedido.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretKey</name>
    <message>
        <source>Vapi private key</source>
        <translation>Clave privada de Vapi</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>contraseña de PostgreSQL</translation>
    </message>
    <message>
        <source>secret key: "%1" is not of the form org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; or workspace/&lt;api&gt;/&lt;purpose&gt;</source>
        <translation>clave de secreto: «%1» no tiene la forma org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; ni workspace/&lt;api&gt;/&lt;purpose&gt;</translation>
    </message>
    <message>
        <source>secret key: "%1" is not an organization id (a positive whole number without leading zeros)</source>
        <translation>clave de secreto: «%1» no es un id de organización (un número entero positivo sin ceros a la izquierda)</translation>
    </message>
    <message>
        <source>secret key: unknown service "%1" (use vapi, twilio or postgres)</source>
        <translation>clave de secreto: servicio desconocido «%1» (use vapi, twilio o postgres)</translation>
    </message>
    <message>
        <source>secret key: unknown purpose "%1" (use api-key, auth-token, api-key-secret or password)</source>
        <translation>clave de secreto: propósito desconocido «%1» (use api-key, auth-token, api-key-secret o password)</translation>
    </message>
    <message>
        <source>secret key: %1 has no %2 %3</source>
        <translation>clave de secreto: %1 no tiene %2 %3</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>una organización</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <source>an invalid secret key</source>
        <translation>una clave de secreto no válida</translation>
    </message>
    <message>
        <source>the keychain availability probe</source>
        <translation>la prueba de disponibilidad del llavero</translation>
    </message>
    <message>
        <source>the workspace %1</source>
        <translation>el espacio de trabajo %1</translation>
    </message>
    <message>
        <source>the %1 of organization %2</source>
        <translation>%1 de la organización %2</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretStore</name>
    <message>
        <source>The secret has no valid name, so nothing was read or stored.</source>
        <translation>El secreto no tiene un nombre válido, así que no se leyó ni se guardó nada.</translation>
    </message>
    <message>
        <source>%1 was not stored: it is %2 bytes long, and a keychain entry holds at most %3 bytes (the limit of Windows Credential Manager, which Switchboard keeps on every system). API keys and tokens are much shorter: copy only the secret itself from the service's console, without the text around it, and try again.</source>
        <translation>%1 no se guardó: tiene %2 bytes, y una entrada del llavero admite como máximo %3 bytes (el límite del Administrador de credenciales de Windows, que Switchboard respeta en todos los sistemas). Las claves de API y los tokens son mucho más cortos: copie solo el secreto desde la consola del servicio, sin el texto que lo rodea, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <source>Default area code</source>
        <translation>Código de área predeterminado</translation>
    </message>
    <message>
        <source>Twilio price per number</source>
        <translation>Precio de Twilio por número</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Límite mensual de compras</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Clave privada de Vapi</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID de la cuenta de Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticación de Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secreto de la clave de API de Twilio</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL de PostgreSQL</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>Solo cuando se pida (F5)</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> al mes</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Abierto ahora: %1</translation>
    </message>
    <message>
        <source>It serves every organization that does not bring its own. Leave the key empty to keep the one in the keychain.</source>
        <translation>Atiende a todas las organizaciones que no aportan la suya. Deje la clave vacía para conservar la del llavero.</translation>
    </message>
    <message>
        <source>Not set up yet: choose its region and enter its private API key (in the Vapi dashboard under API Keys).</source>
        <translation>Aún no está configurada: elija su región e introduzca su clave de API privada (en el panel de Vapi, en «API Keys»).</translation>
    </message>
    <message>
        <source>is empty: enter the team server's address, such as postgresql://user@db.example.com/switchboard</source>
        <translation>está vacío: introduzca la dirección del servidor compartido, como postgresql://user@db.example.com/switchboard</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgres://</source>
        <translation>debe empezar por postgresql:// o postgres://</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>no es una URL válida: %1</translation>
    </message>
    <message>
        <source>names no server: write it after //, such as db.example.com</source>
        <translation>no indica ningún servidor: escríbalo después de //, como db.example.com</translation>
    </message>
    <message>
        <source>must not contain a password: remove it from the URL; passwords are kept in the keychain, never in the settings</source>
        <translation>no debe contener una contraseña: quítela de la URL; las contraseñas se guardan en el llavero, nunca en la configuración</translation>
    </message>
    <message>
        <source>is a server address: choose "Team server" for it</source>
        <translation>es una dirección de servidor: elija «Servidor compartido» para ella</translation>
    </message>
    <message>
        <source>must be a full path, such as %1</source>
        <translation>debe ser una ruta completa, como %1</translation>
    </message>
    <message>
        <source>is a folder: name the file in it, such as %1</source>
        <translation>es una carpeta: indique el archivo dentro de ella, como %1</translation>
    </message>
    <message>
        <source>contains a space: paste the key alone</source>
        <translation>contiene un espacio: pegue solo la clave</translation>
    </message>
    <message>
        <source>cannot be emptied: the workspace's pool numbers are filed under this account; enter its SID again</source>
        <translation>no se puede vaciar: los números de la reserva del espacio de trabajo están registrados con esta cuenta; vuelva a introducir su SID</translation>
    </message>
    <message>
        <source>is needed to reach the account; Twilio shows it once, when the API key is created</source>
        <translation>es necesario para acceder a la cuenta; Twilio lo muestra una sola vez, al crear la clave de API</translation>
    </message>
    <message>
        <source>is needed to reach the account; it is on the Twilio console's home page</source>
        <translation>es necesario para acceder a la cuenta; está en la página de inicio de la consola de Twilio</translation>
    </message>
    <message>
        <source>is empty: enter it first</source>
        <translation>está vacío: introdúzcalo primero</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The sandbox demo keeps its workspace in a temporary folder, removed when it ends. Start Switchboard without --sandbox to choose where your own workspace is.</source>
        <translation>La demo de pruebas guarda su espacio de trabajo en una carpeta temporal que se elimina al terminar. Inicie Switchboard sin --sandbox para elegir dónde está su propio espacio de trabajo.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurar el espacio de trabajo</translation>
    </message>
    <message>
        <source>First your agency's own Vapi account: its free numbers serve every customer without a Vapi account of their own. A Twilio account is optional: its numbers serve them when the free ones run out. Customers come next, each with their own accounts if they have them.</source>
        <translation>Primero la cuenta de Vapi de su agencia: sus números gratuitos atienden a cada cliente sin cuenta de Vapi propia. Una cuenta de Twilio es opcional: sus números los atienden cuando se agotan los gratuitos. Después vienen los clientes, cada uno con sus propias cuentas si las tiene.</translation>
    </message>
    <message>
        <source>is needed to set up the workspace; find the private key in the Vapi dashboard under API Keys</source>
        <translation>es necesaria para configurar el espacio de trabajo; la clave privada está en el panel de Vapi, en API Keys</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Reserva de números</translation>
    </message>
    <message>
        <source>Keeping the keys in the keychain…</source>
        <translation>Guardando las claves en el llavero…</translation>
    </message>
    <message>
        <source>Numbers of its pool go to organizations without a Twilio account of their own, and to those whose own pool is used up (the chain's next link). Leave the secret empty to keep the one in the keychain.</source>
        <translation>Los números de su reserva van a las organizaciones sin cuenta de Twilio propia, y a las que han agotado su reserva propia (el siguiente eslabón de la cadena). Deje el secreto vacío para conservar el del llavero.</translation>
    </message>
    <message>
        <source>Optional: when the free Vapi numbers run out, numbers of this account go to organizations without a Twilio account of their own, and to those whose own pool is used up. The auth token is on the Twilio console's home page.</source>
        <translation>Opcional: cuando se agotan los números gratuitos de Vapi, los números de esta cuenta van a las organizaciones sin cuenta de Twilio propia, y a las que han agotado su reserva propia. El token de autenticación está en la página de inicio de la consola de Twilio.</translation>
    </message>
    <message numerus="yes">
        <source> number(s) a month</source>
        <translation>
            <numerusform> número al mes</numerusform>
            <numerusform> números al mes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> número gratuito</numerusform>
            <numerusform> números gratuitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Every button and field also has an access key: hold Alt and press the underlined letter.</source>
        <translation>Cada botón y cada campo tiene también una tecla de acceso: mantenga Alt y pulse la letra subrayada.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SnapshotLoader</name>
    <message>
        <source>The workspace cannot be read.</source>
        <translation>No se puede leer el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sql</name>
    <message>
        <source>The disk that holds the workspace is full (%1). Free some space, then try again; nothing after this point was done.</source>
        <translation>El disco del espacio de trabajo está lleno (%1). Libere espacio y vuelva a intentarlo; no se hizo nada después de este punto.</translation>
    </message>
    <message>
        <source>The workspace is read-only (%1): it can be read but not changed. Open a writable copy, or ask for write access.</source>
        <translation>El espacio de trabajo es de solo lectura (%1): se puede leer pero no modificar. Abra una copia editable o solicite acceso de escritura.</translation>
    </message>
    <message>
        <source>The connection to the workspace database is gone (%1). Check the network or the server, then try again.</source>
        <translation>Se perdió la conexión con la base de datos del espacio de trabajo (%1). Compruebe la red o el servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>la base de datos no devolvió ninguna fila para un registro nuevo</translation>
    </message>
</context>
<context>
    <name>Switchboard::SqlTransaction</name>
    <message>
        <source>The workspace cannot be written now: %1</source>
        <translation>Ahora no se puede escribir en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed: %1</source>
        <translation>No se pudo escribir en el espacio de trabajo; no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::StepsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Eslabón</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Provider's error</source>
        <translation>Error del proveedor</translation>
    </message>
    <message>
        <source>Task opened</source>
        <translation>Tarea abierta</translation>
    </message>
</context>
<context>
    <name>Switchboard::TwilioFallback</name>
    <message numerus="yes">
        <source>%1 (%n spare number(s) in its pool)</source>
        <translation>
            <numerusform>%1 (%n número libre en su reserva)</numerusform>
            <numerusform>%1 (%n números libres en su reserva)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (bought as needed, within its monthly limit)</source>
        <translation>%1 (comprados según se necesiten, dentro de su límite mensual)</translation>
    </message>
</context>
<context>
    <name>Switchboard::UsageMeter</name>
    <message>
        <source>Free-number usage</source>
        <translation>Uso de números gratuitos</translation>
    </message>
    <message>
        <source>Free Vapi numbers used</source>
        <translation>Números gratuitos de Vapi usados</translation>
    </message>
    <message>
        <source>Free-number advice</source>
        <translation>Consejo sobre números gratuitos</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Free Vapi numbers</source>
        <translation>Números gratuitos de Vapi</translation>
    </message>
    <message>
        <source>No Vapi account serves this selection yet.</source>
        <translation>Ninguna cuenta de Vapi atiende aún a esta selección.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Siguiente: %1.</translation>
    </message>
    <message>
        <source>Free Vapi numbers of %1</source>
        <translation>Números gratuitos de Vapi de %1</translation>
    </message>
    <message>
        <source>get a number in the Twilio console</source>
        <translation>obtener un número en la consola de Twilio</translation>
    </message>
    <message>
        <source>add the Twilio account here</source>
        <translation>añadir aquí la cuenta de Twilio</translation>
    </message>
    <message>
        <source>Next: keep provisioning; new assistants get free numbers.</source>
        <translation>Siguiente: siga aprovisionando; los asistentes nuevos reciben números gratuitos.</translation>
    </message>
    <message>
        <source>Next: %1, then %2.</source>
        <translation>Siguiente: %1 y luego %2.</translation>
    </message>
    <message>
        <source>Next: new numbers come from Twilio: %1, then %2. %3</source>
        <translation>Siguiente: los números nuevos vienen de Twilio: %1 y luego %2. %3</translation>
    </message>
    <message>
        <source>See the numbers in Vapi.</source>
        <translation>Ver los números en Vapi.</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation>%L1 de %L2 (%L3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) use their own Vapi account: select one to see its free numbers.</source>
        <translation>
            <numerusform>%n organización usa su propia cuenta de Vapi: selecciónela para ver sus números gratuitos.</numerusform>
            <numerusform>%n organizaciones usan su propia cuenta de Vapi: seleccione una para ver sus números gratuitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up the workspace's Vapi account</source>
        <translation>configurar la cuenta de Vapi del espacio de trabajo</translation>
    </message>
    <message>
        <source>Free-number cap</source>
        <translation>Límite de números gratuitos</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Cap %L1: %2.</source>
        <translation>Límite %L1: %2.</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi again.</source>
        <translation>El próximo aprovisionamiento vuelve a preguntar a Vapi.</translation>
    </message>
    <message>
        <source>Vapi asks for a payment method before it gives another free number: %1, then %2.</source>
        <translation>Vapi pide un método de pago antes de dar otro número gratuito: %1 y luego %2.</translation>
    </message>
    <message>
        <source>add one in the Vapi dashboard</source>
        <translation>añada uno en el panel de Vapi</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>vuelva a comprobar</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any: add numbers to its pool or allow buying (%2) before the free numbers run out.</source>
        <translation>Siguiente: %1 no tiene números libres y no puede comprar: añada números a su reserva o permita compras (%2) antes de que se agoten los números gratuitos.</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any, so new assistants wait in the manual queue: add numbers to its pool or allow buying (%2). %3</source>
        <translation>Siguiente: %1 no tiene números libres y no puede comprar, así que los nuevos asistentes esperan en la cola manual: añada números a su reserva o permita compras (%2). %3</translation>
    </message>
    <message>
        <source>This account holds %L1: Vapi let it have more than that.</source>
        <translation>Esta cuenta tiene %L1: Vapi le dejó tener más.</translation>
    </message>
    <message numerus="yes">
        <source>%n other organization(s) have no Vapi account: %1.</source>
        <translation>
            <numerusform>%n organización más no tiene cuenta de Vapi: %1.</numerusform>
            <numerusform>%n organizaciones más no tienen cuenta de Vapi: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: nothing to set up; once the free numbers are used, provisioning takes numbers from %1.</source>
        <translation>Siguiente: nada que configurar; cuando se agoten los números gratuitos, el aprovisionamiento tomará números de %1.</translation>
    </message>
    <message>
        <source>Next: nothing to set up; provisioning takes numbers from %1. %2</source>
        <translation>Siguiente: nada que configurar; el aprovisionamiento toma números de %1. %2</translation>
    </message>
    <message>
        <source>Not confirmed: Vapi has not answered for this account since %1, so these are the workspace's last counts. Next: check its key and the connection, then refresh (F5).</source>
        <translation>Sin confirmar: Vapi no ha respondido para esta cuenta desde %1, así que estas son las últimas cifras del espacio de trabajo. Siguiente: compruebe su clave y la conexión, y actualice (F5).</translation>
    </message>
</context>
<context>
    <name>Switchboard::UserGuideDialog</name>
    <message>
        <source>Switchboard user guide</source>
        <translation>Guía del usuario de Switchboard</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>Switchboard::Validation</name>
    <message>
        <source>must be "%1" followed by 32 hexadecimal digits (34 characters), as shown in the Twilio console</source>
        <translation>debe ser «%1» seguido de 32 dígitos hexadecimales (34 caracteres), como se muestra en la consola de Twilio</translation>
    </message>
    <message>
        <source>must be a Vapi id such as 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (a UUID, as shown in the Vapi dashboard)</source>
        <translation>debe ser un id de Vapi como 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (un UUID, como se muestra en el panel de Vapi)</translation>
    </message>
    <message>
        <source>must be a US area code of exactly three digits, such as 415</source>
        <translation>debe ser un código de área de EE. UU. de exactamente tres dígitos, como 415</translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or dashes, not starting or ending with a dash (for example acme-dental)</source>
        <translation>debe tener de 2 a 40 minúsculas, dígitos o guiones, sin empezar ni terminar en guion (por ejemplo, acme-dental)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be at most 120 characters</source>
        <translation>debe tener 120 caracteres como máximo</translation>
    </message>
    <message>
        <source>must not contain control characters such as line breaks, tabs or terminal escape codes (found U+%1)</source>
        <translation>no puede contener caracteres de control como saltos de línea, tabulaciones o códigos de escape de terminal (se encontró U+%1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiAccountSharing</name>
    <message>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <source>This key reaches the Vapi account that %1 already uses. Organizations that share one Vapi account share its free numbers and its free-number cap; that is almost never intended.</source>
        <translation>Esta clave llega a la cuenta de Vapi que ya usa %1. Las organizaciones que comparten una cuenta de Vapi comparten sus números gratuitos y su límite; casi nunca es lo que se quiere.</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiClient</name>
    <message>
        <source>The Vapi API key is empty; paste the account's private key.</source>
        <translation>La clave de API de Vapi está vacía; pegue la clave privada de la cuenta.</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>The phone number's provider "%1" is not one Vapi knows; send the number's current provider (vapi, twilio, vonage, telnyx or byo-phone-number).</source>
        <translation>Vapi no conoce el proveedor «%1» del número; envíe el proveedor actual del número (vapi, twilio, vonage, telnyx o byo-phone-number).</translation>
    </message>
    <message>
        <source>A phone-number search needs 1 to 100 characters.</source>
        <translation>Una búsqueda de números de teléfono necesita de 1 a 100 caracteres.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WizardSteps</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceChangeFeed</name>
    <message>
        <source>The team database does not answer (no reply within %1 s).</source>
        <translation>La base de datos compartida no responde (sin respuesta en %1 s).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceCopier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>a row of %1 cannot be written: %2</source>
        <translation>no se puede escribir una fila de %1: %2</translation>
    </message>
    <message>
        <source>The two workspaces have different schema versions (%1 and %2).</source>
        <translation>Los dos espacios de trabajo tienen versiones de esquema distintas (%1 y %2).</translation>
    </message>
    <message>
        <source>The table %1 is not known to the copier; nothing was copied.</source>
        <translation>La herramienta de copia no conoce la tabla %1; no se copió nada.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 holds rows); a workspace is only copied into an empty database. Nothing was copied.</source>
        <translation>La base de datos %1 no está vacía (%2 contiene filas); un espacio de trabajo solo se copia en una base de datos vacía. No se copió nada.</translation>
    </message>
    <message>
        <source> Nothing was copied.</source>
        <translation> No se copió nada.</translation>
    </message>
    <message>
        <source>The copy could not be committed (%1). Nothing was copied.</source>
        <translation>No se pudo confirmar la copia (%1). No se copió nada.</translation>
    </message>
    <message>
        <source>The copy was committed, but the row counts differ (see the table).</source>
        <translation>La copia se confirmó, pero los recuentos de filas no coinciden (vea la tabla).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceDatabase</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>No se indicó ningún archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read. Check its permissions.</source>
        <translation>No se puede leer el archivo de espacio de trabajo %1. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>%1 is not a Switchboard workspace (it is not an SQLite database, or it is damaged beyond its first bytes). It was left as it is; choose another data folder with --data-dir, or restore the file from a backup.</source>
        <translation>%1 no es un espacio de trabajo de Switchboard (no es una base de datos SQLite, o está dañada más allá de sus primeros bytes). Se dejó tal cual; elija otra carpeta de datos con --data-dir o restaure el archivo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another data folder with --data-dir.</source>
        <translation>No se puede crear la carpeta %1. Elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed, so %2 cannot be opened.</source>
        <translation>El controlador de base de datos de Qt %1 no está instalado, así que no se puede abrir %2.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>No se puede abrir el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and was left as it is (%2). Restore it from a backup, or choose another data folder.</source>
        <translation>El espacio de trabajo %1 está dañado y se dejó tal cual (%2). Restáurelo desde una copia de seguridad o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>%1 holds a database that Switchboard did not create. It was left as it is; choose another data folder or database.</source>
        <translation>%1 contiene una base de datos que no creó Switchboard. Se dejó tal cual; elija otra carpeta de datos u otra base de datos.</translation>
    </message>
    <message>
        <source>The workspace %1 has no schema version and was left as it is. Restore it from a backup.</source>
        <translation>El espacio de trabajo %1 no tiene versión de esquema y se dejó tal cual. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Switchboard (schema %2; this version knows up to %3). It was left as it is: update Switchboard to open it.</source>
        <translation>El espacio de trabajo %1 lo escribió una versión más reciente de Switchboard (esquema %2; esta versión conoce hasta el %3). Se dejó tal cual: actualice Switchboard para abrirlo.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be prepared for use: %2</source>
        <translation>No se puede preparar el espacio de trabajo %1 para su uso: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded: %2</source>
        <translation>No se pudo actualizar el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded to schema %2, and was left as it was: %3</source>
        <translation>No se pudo actualizar el espacio de trabajo %1 al esquema %2, y se dejó como estaba: %3</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be reached: %2</source>
        <translation>No se puede acceder al espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: the disk that holds it is full or failing (%2). Free some space, then try again; the file was left as it is.</source>
        <translation>No se puede abrir el espacio de trabajo %1: su disco está lleno o falla (%2). Libere espacio y vuelva a intentarlo; el archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>it is on a file system mounted read-only (%1)</source>
        <translation>está en un sistema de archivos montado como solo lectura (%1)</translation>
    </message>
    <message>
        <source>your user may not write to the file</source>
        <translation>su usuario no tiene permiso para escribir en el archivo</translation>
    </message>
    <message>
        <source>your user may not write to its folder %1, where SQLite keeps its journal</source>
        <translation>su usuario no tiene permiso para escribir en su carpeta %1, donde SQLite guarda su diario</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no workspace can be created in it. Choose another data folder with --data-dir.</source>
        <translation>La carpeta %1 es de solo lectura, por lo que no se puede crear en ella ningún espacio de trabajo. Elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: %2. Nothing was changed. To change it, copy its folder somewhere writable and open the copy (--data-dir), or make it writable (mount it read-write, or give your user write permission on the file and its folder).</source>
        <translation>El espacio de trabajo %1 es de solo lectura: %2. No se cambió nada. Para cambiarlo, copie su carpeta a un lugar con permiso de escritura y abra la copia (--data-dir), o haga que se pueda escribir (móntelo en lectura y escritura, o dé a su usuario permiso de escritura sobre el archivo y su carpeta).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (%2), and its latest changes are still in %3, which can be read only where the workspace is writable. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>El espacio de trabajo %1 es de solo lectura (%2), y sus últimos cambios siguen en %3, que solo se puede leer donde el espacio de trabajo admite escritura. Ábralo una vez donde admita escritura, o copie su carpeta a un lugar con permiso de escritura.</translation>
    </message>
    <message>
        <source>The workspace %1 must be upgraded (schema %2 to %3) before this version can read it, and it is read-only: %4. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>El espacio de trabajo %1 debe actualizarse (esquema %2 a %3) antes de que esta versión pueda leerlo, y es de solo lectura: %4. Ábralo una vez donde admita escritura, o copie su carpeta a un lugar con permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceOpener</name>
    <message>
        <source>The database password cannot be read from the keychain: %1</source>
        <translation>No se puede leer la contraseña de la base de datos del llavero: %1</translation>
    </message>
    <message>
        <source>The database password could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña de la base de datos en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSettings</name>
    <message>
        <source>default area code</source>
        <translation>código de área predeterminado</translation>
    </message>
    <message>
        <source>Twilio number price: must be between 0 and 1000 (US dollars a month)</source>
        <translation>precio de un número de Twilio: debe estar entre 0 y 1000 (dólares estadounidenses al mes)</translation>
    </message>
    <message>
        <source>purchase limit: must be zero or more</source>
        <translation>límite de compras: debe ser cero o más</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (era %3)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Workspace setting changed: %1</source>
        <translation>Ajuste del espacio de trabajo modificado: %1</translation>
    </message>
    <message>
        <source>monthly price of a Twilio number</source>
        <translation>precio mensual de un número de Twilio</translation>
    </message>
    <message>
        <source>the workspace's Twilio may buy numbers</source>
        <translation>el Twilio del espacio de trabajo puede comprar números</translation>
    </message>
    <message>
        <source>the workspace's monthly purchase limit</source>
        <translation>límite mensual de compras del espacio de trabajo</translation>
    </message>
    <message>
        <source>new assistants get a number automatically</source>
        <translation>los asistentes nuevos reciben un número automáticamente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSetup</name>
    <message>
        <source>the workspace has no Twilio account</source>
        <translation>el espacio de trabajo no tiene cuenta de Twilio</translation>
    </message>
    <message>
        <source>the workspace has no Twilio account; give its account SID</source>
        <translation>el espacio de trabajo no tiene cuenta de Twilio; indique su SID de cuenta</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>a number to remove is not in the workspace's pool any more; nothing was changed</source>
        <translation>un número que quitar ya no está en la reserva del espacio de trabajo; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 is in use (a provisioning took it, or it is in Vapi) and stays in the pool; nothing was changed</source>
        <translation>%1 está en uso (una asignación lo tomó, o está en Vapi) y se queda en la reserva; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <source>The database location in the settings (%1) is refused: %2</source>
        <translation>Se rechaza la ubicación de la base de datos de la configuración (%1): %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard gives the Vapi assistants of your customer organizations working phone numbers, and keeps a record of every step.</source>
        <translation>Switchboard da a los asistentes de Vapi de sus organizaciones cliente números de teléfono que funcionan, y registra cada paso.</translation>
    </message>
    <message>
        <source>Keep the workspace in &lt;dir&gt; (default: $SWITCHBOARD_DATA_DIR, else the application data folder).</source>
        <translation>Guardar el espacio de trabajo en &lt;dir&gt; (predeterminado: $SWITCHBOARD_DATA_DIR; si no, la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Open the sandbox demo in a temporary workspace; nothing reaches Vapi or Twilio.</source>
        <translation>Abrir la demo de pruebas en un espacio de trabajo temporal; nada llega a Vapi ni a Twilio.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Guardar una imagen de la ventana principal en &lt;file&gt; en cuanto se muestre y después salir.</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>The sandbox workspace cannot be created in %1: %2</source>
        <translation>No se puede crear el espacio de trabajo de pruebas en %1: %2</translation>
    </message>
    <message>
        <source>The sandbox demo cannot start: %1</source>
        <translation>La demo de pruebas no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;url&gt;: postgresql://user@host:port/db[?sslmode=…] for a team workspace, or an SQLite file (default: the settings' database/location, else the data folder's workspace).</source>
        <translation>Abrir el espacio de trabajo en &lt;url&gt;: postgresql://user@host:port/db[?sslmode=…] para un espacio de trabajo compartido, o un archivo SQLite (predeterminado: database/location de la configuración; si no, el espacio de trabajo de la carpeta de datos).</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>No se indicó ninguna contraseña para %1.</translation>
    </message>
    <message>
        <source>--sandbox opens a temporary workspace of its own, removed when the demo ends: leave out --data-dir and --database, or leave out --sandbox to open that workspace.</source>
        <translation>--sandbox abre un espacio de trabajo temporal propio, que se elimina al terminar la demo: omita --data-dir y --database, u omita --sandbox para abrir ese espacio de trabajo.</translation>
    </message>
</context>
</TS>