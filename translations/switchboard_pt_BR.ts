<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AssistantsView</name>
    <message>
        <source>Assistants</source>
        <translation>Assistentes</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>&amp;Provisionar número</translation>
    </message>
    <message>
        <source>Provision a number for the selected assistant</source>
        <translation>Provisionar um número para o assistente selecionado</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Executar a cadeia de provisionamento para o assistente selecionado: número gratuito da Vapi, depois Twilio, depois a fila manual</translation>
    </message>
    <message>
        <source>Provision all &amp;unassigned</source>
        <translation>Pr&amp;ovisionar todos sem número</translation>
    </message>
    <message>
        <source>Provision numbers for every assistant without one</source>
        <translation>Provisionar números para todos os assistentes que não têm</translation>
    </message>
    <message>
        <source>C&amp;reate assistant…</source>
        <translation>C&amp;riar assistente…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Criar um assistente</translation>
    </message>
    <message>
        <source>&amp;Link existing…</source>
        <translation>&amp;Vincular existente…</translation>
    </message>
    <message>
        <source>Link an existing Vapi assistant</source>
        <translation>Vincular um assistente existente da Vapi</translation>
    </message>
    <message>
        <source>Onl&amp;y without a number</source>
        <translation>So&amp;mente sem número</translation>
    </message>
    <message>
        <source>Show only assistants without a number</source>
        <translation>Mostrar somente assistentes sem número</translation>
    </message>
    <message>
        <source>Assistants summary</source>
        <translation>Resumo dos assistentes</translation>
    </message>
    <message>
        <source>Assistants and their numbers</source>
        <translation>Assistentes e seus números</translation>
    </message>
    <message>
        <source>Result of Provision all unassigned</source>
        <translation>Resultado de “Provisionar todos sem número”</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete the manual task</source>
        <translation>Concluir a tarefa manual</translation>
    </message>
    <message>
        <source>&amp;Number or SIP URI:</source>
        <translation>&amp;Número ou URI SIP:</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Número ou URI SIP</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>O que foi entendido</translation>
    </message>
    <message>
        <source>+1 415 555 2671 or sip:desk@sip.vapi.ai</source>
        <translation>+1 415 555 2671 ou sip:recepcao@sip.vapi.ai</translation>
    </message>
</context>
<context>
    <name>DialogPasswordPrompt</name>
    <message>
        <source>Team workspace password</source>
        <translation>Senha do espaço de trabalho da equipe</translation>
    </message>
    <message>
        <source>Password of %1 for the team workspace %2:</source>
        <translation>Senha de %1 para o espaço de trabalho da equipe %2:</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Provisioning history</source>
        <translation>Histórico de provisionamento</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganização:</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtro por organização</translation>
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
        <translation>Entregue p&amp;or:</translation>
    </message>
    <message>
        <source>Delivered-by filter</source>
        <translation>Filtro por origem</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation>Iniciado em ou depois de</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Iniciado em ou antes de</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Buscar no histórico</translation>
    </message>
    <message>
        <source>Find an assistant, number, organization or summary</source>
        <translation>Buscar um assistente, número, organização ou resumo</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the filtered history</source>
        <translation>Exportar o histórico filtrado</translation>
    </message>
    <message>
        <source>Save the attempts the filters select as CSV or JSON</source>
        <translation>Salvar as tentativas selecionadas pelos filtros como CSV ou JSON</translation>
    </message>
    <message>
        <source>Number of attempts</source>
        <translation>Número de tentativas</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading or exporting</source>
        <translation>Cancelar o carregamento ou a exportação</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Etapas da tentativa selecionada</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filtro por pessoa</translation>
    </message>
    <message>
        <source>Only what this person did (user@computer, as recorded)</source>
        <translation>Somente o que esta pessoa fez (usuário@computador, conforme registrado)</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>O registro selecionado</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Registro selecionado</translation>
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
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Free-number usage</source>
        <translation>Uso de números gratuitos</translation>
    </message>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Bem-vindo ao Switchboard</translation>
    </message>
    <message>
        <source>Open the sandbox &amp;demo</source>
        <translation>Abrir a &amp;demo de testes</translation>
    </message>
    <message>
        <source>Open the sandbox demo</source>
        <translation>Abrir a demo de testes</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Detalhes da organização</translation>
    </message>
    <message>
        <source>&amp;Assistants</source>
        <translation>A&amp;ssistentes</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation>&amp;Crescimento</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Espaço de &amp;trabalho</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>&amp;Provisionar número</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Dar ao assistente selecionado um número de telefone pela cadeia de provisionamento</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Fetch assistants and numbers from Vapi and Twilio again</source>
        <translation>Buscar novamente os assistentes e os números na Vapi e no Twilio</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nova organização…</translation>
    </message>
    <message>
        <source>Set up a customer organization: its Vapi and Twilio accounts and its numbers</source>
        <translation>Configurar uma organização cliente: suas contas Vapi e Twilio e seus números</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Editar organização…</translation>
    </message>
    <message>
        <source>Change the selected organization's accounts, pool and preferences</source>
        <translation>Alterar as contas, a reserva e as preferências da organização selecionada</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Manual queue</source>
        <translation>Fila &amp;manual</translation>
    </message>
    <message>
        <source>Show the assistants the chain could not give a number, with the reasons</source>
        <translation>Mostrar os assistentes aos quais a cadeia não conseguiu dar um número, com os motivos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Find in history…</source>
        <translation>&amp;Buscar no histórico…</translation>
    </message>
    <message>
        <source>Search the provisioning history</source>
        <translation>Pesquisar o histórico de provisionamento</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>S&amp;obre o Switchboard</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Language, the workspace's accounts and defaults, and where the workspace is kept</source>
        <translation>Idioma, contas e padrões do espaço de trabalho, e onde o espaço de trabalho fica armazenado</translation>
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
        <translation>&amp;Próxima aba</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Aba &amp;anterior</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Re&amp;move organization…</source>
        <translation>&amp;Remover organização…</translation>
    </message>
    <message>
        <source>Remove the selected organization from the workspace, with its accounts, pool and secrets; its history stays</source>
        <translation>Remove a organização selecionada do espaço de trabalho, com suas contas, seu pool e seus segredos; seu histórico permanece</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Dê a cada assistente Vapi dos seus clientes um número de telefone que funcione: primeiro números Vapi gratuitos, depois Twilio, com um registro de cada passo. Comece configurando seu espaço de trabalho com a conta Vapi da sua agência, ou explore a demo de testes.</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>&amp;Configurar o espaço de trabalho…</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurar o espaço de trabalho</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Buy a Twilio number…</source>
        <translation>Comprar número &amp;Twilio…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the selected organization's pool</source>
        <translation>Procurar na Twilio um número em um código de área e comprá-lo para a reserva da organização escolhida</translation>
    </message>
</context>
<context>
    <name>ManualQueueView</name>
    <message>
        <source>Manual-assignment queue</source>
        <translation>Fila de atribuição manual</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tarefas abertas</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>Conc&amp;luir…</translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation>Concluir a tarefa selecionada</translation>
    </message>
    <message>
        <source>Enter the number or SIP URI that the assistant gets</source>
        <translation>Digitar o número ou a URI SIP que o assistente recebe</translation>
    </message>
    <message>
        <source>&amp;Drop task</source>
        <translation>&amp;Descartar tarefa</translation>
    </message>
    <message>
        <source>Drop the selected task</source>
        <translation>Descartar a tarefa selecionada</translation>
    </message>
    <message>
        <source>Close the task without a number, for example when the assistant was deleted</source>
        <translation>Fechar a tarefa sem número, por exemplo quando o assistente foi excluído</translation>
    </message>
    <message>
        <source>Open manual tasks</source>
        <translation>Tarefas manuais abertas</translation>
    </message>
    <message>
        <source>Reasons and instructions of the selected task</source>
        <translation>Motivos e instruções da tarefa selecionada</translation>
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
        <translation>Atri&amp;buir…</translation>
    </message>
    <message>
        <source>Assign the selected number to an assistant</source>
        <translation>Atribuir o número selecionado a um assistente</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Desatribuir…</translation>
    </message>
    <message>
        <source>Unassign the selected number</source>
        <translation>Desatribuir o número selecionado</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Release the selected number</source>
        <translation>Liberar o número selecionado</translation>
    </message>
    <message>
        <source>Only numbers that hang u&amp;p</source>
        <translation>Somente números que desli&amp;gam</translation>
    </message>
    <message>
        <source>Show only numbers with no assistant</source>
        <translation>Mostrar somente números sem assistente</translation>
    </message>
    <message>
        <source>Numbers warning</source>
        <translation>Aviso sobre números</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the numbers listed as CSV</source>
        <translation>Exportar os números exibidos como CSV</translation>
    </message>
    <message>
        <source>Numbers export</source>
        <translation>Exportação de números</translation>
    </message>
    <message>
        <source>Buy a Twilio number for the pool</source>
        <translation>Comprar um número Twilio para a reserva</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>Com&amp;prar…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the pool</source>
        <translation>Procurar na Twilio um número em um código de área e comprá-lo para a reserva</translation>
    </message>
</context>
<context>
    <name>OrganizationWizard</name>
    <message>
        <source>Set up an organization</source>
        <translation>Configurar uma organização</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome de exibição:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Acme Dental</source>
        <translation>Clínica Odontológica Exemplo</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>Identificador &amp;curto:</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identificador curto</translation>
    </message>
    <message>
        <source>acme-dental</source>
        <translation>clinica-exemplo</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>C&amp;ontato:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the customer's contact</source>
        <translation>Nome, e-mail ou telefone do contato no cliente</translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation>Problemas nesta página</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Conta Vapi</translation>
    </message>
    <message>
        <source>Which Vapi account holds this organization's assistants and free numbers.</source>
        <translation>Qual conta Vapi contém os assistentes e os números gratuitos desta organização.</translation>
    </message>
    <message>
        <source>The &amp;workspace's Vapi account (most customers)</source>
        <translation>A conta Vapi do &amp;espaço de trabalho (a maioria dos clientes)</translation>
    </message>
    <message>
        <source>The customer's &amp;own Vapi account (white label)</source>
        <translation>A conta Vapi &amp;própria do cliente (marca branca)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Região da Vapi</translation>
    </message>
    <message>
        <source>&amp;Private API key:</source>
        <translation>Chave de API pri&amp;vada:</translation>
    </message>
    <message>
        <source>Vapi private API key</source>
        <translation>Chave de API privada da Vapi</translation>
    </message>
    <message>
        <source>From the Vapi dashboard, under API Keys</source>
        <translation>No painel da Vapi, em “API Keys”</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Testar a conexão com a Vapi</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Resultado do teste de conexão com a Vapi</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>Conta Twilio</translation>
    </message>
    <message>
        <source>Optional: the customer's own Twilio account. After the free Vapi numbers, the chain imports its numbers into Vapi.</source>
        <translation>Opcional: a conta Twilio própria do cliente. Depois dos números gratuitos da Vapi, a cadeia importa os números dela para a Vapi.</translation>
    </message>
    <message>
        <source>The organization has its own &amp;Twilio account</source>
        <translation>A organização tem sua própria conta &amp;Twilio</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID da conta:</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID da conta Twilio</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC seguido de 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Entrar com:</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>Chave de API e s&amp;egredo</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>T&amp;oken de autenticação:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticação do Twilio</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID da c&amp;have de API:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID da chave de API do Twilio</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK seguido de 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Segredo da chave de &amp;API:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Segredo da chave de API do Twilio</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Testar a conexão com o Twilio</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Resultado do teste de conexão com o Twilio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Numbers the customer already owns in Twilio, and how new numbers are chosen.</source>
        <translation>Os números que o cliente já possui no Twilio e como os novos números são escolhidos.</translation>
    </message>
    <message>
        <source>Number &amp;pool (one a line, or separated by commas):</source>
        <translation>&amp;Reserva de números (um por linha, ou separados por vírgulas):</translation>
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
        <translation>Cada número da reserva, verificado</translation>
    </message>
    <message>
        <source>Pool check summary</source>
        <translation>Resumo da verificação da reserva</translation>
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
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Prefer SIP &amp;URIs for free numbers</source>
        <translation>Preferir &amp;URIs SIP para números gratuitos</translation>
    </message>
    <message>
        <source>&amp;Monthly limit:</source>
        <translation>Limite &amp;mensal:</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Limite mensal de compras</translation>
    </message>
    <message>
        <source>Vapi account shared with other organizations</source>
        <translation>Conta Vapi compartilhada com outras organizações</translation>
    </message>
    <message>
        <source>&amp;Yes, these organizations share one Vapi account</source>
        <translation>&amp;Sim, estas organizações compartilham uma conta Vapi</translation>
    </message>
    <message>
        <source>Confirm that these organizations share one Vapi account</source>
        <translation>Confirmar que estas organizações compartilham uma conta Vapi</translation>
    </message>
    <message>
        <source>Check with &amp;Twilio</source>
        <translation>Verificar com o &amp;Twilio</translation>
    </message>
    <message>
        <source>Ask Twilio whether the account holds each number, whether it takes voice calls, and whether an application or trunk keeps its calls from Vapi</source>
        <translation>Perguntar ao Twilio se a conta possui cada número, se ele aceita chamadas de voz e se um aplicativo ou trunk desvia suas chamadas do Vapi</translation>
    </message>
    <message>
        <source>What Twilio said about the pool</source>
        <translation>O que o Twilio disse sobre o pool</translation>
    </message>
    <message>
        <source>&amp;Clear the TwiML application or SIP trunk of these numbers in Twilio, so that their calls reach the assistant</source>
        <translation>&amp;Remover o aplicativo TwiML ou o trunk SIP destes números no Twilio, para que as chamadas cheguem ao assistente</translation>
    </message>
    <message>
        <source>Take free numbers from &amp;other US area codes when this one has none</source>
        <translation>Usar números gratuitos de &amp;outros códigos de área dos EUA quando este não tiver</translation>
    </message>
    <message>
        <source>Vapi suggests area codes that still have free numbers. Without this, the chain moves on to Twilio numbers, which cost money.</source>
        <translation>A Vapi sugere códigos de área que ainda têm números gratuitos. Sem isso, a cadeia passa para números da Twilio, que são pagos.</translation>
    </message>
    <message>
        <source>How new assistants get a number</source>
        <translation>Como novos assistentes recebem um número</translation>
    </message>
    <message>
        <source>Whether an assistant created here, in the command line or in Vapi gets a number through the chain without anyone asking. Purchases keep their own permission and limit.</source>
        <translation>Se um assistente criado aqui, na linha de comando ou no Vapi recebe um número pela cadeia sem que ninguém peça. As compras mantêm sua própria permissão e limite.</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Token de aut&amp;enticação</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Testar conex&amp;ão</translation>
    </message>
    <message>
        <source>Allo&amp;w buying numbers in its Twilio account when the pool is used up</source>
        <translation>Permitir comprar números na conta Twilio dela quando a reserva aca&amp;bar</translation>
    </message>
    <message>
        <source>New a&amp;ssistants:</source>
        <translation>Novos a&amp;ssistentes:</translation>
    </message>
    <message>
        <source>Free-number &amp;cap:</source>
        <translation>Limite de números &amp;gratuitos:</translation>
    </message>
    <message>
        <source>Free-number cap of the customer's Vapi account</source>
        <translation>Limite de números gratuitos da conta Vapi do cliente</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Quantos números gratuitos a Vapi dá a esta conta. Mude-o apenas se a Vapi concedeu outro limite à conta; o Switchboard o reduz sozinho quando a Vapi recusa um número gratuito abaixo dele.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testar cone&amp;xão</translation>
    </message>
    <message>
        <source>Who the customer is. The slug names the organization in the command line and in the keychain, and cannot change once the organization exists.</source>
        <translation>Quem é o cliente. O identificador curto nomeia a organização na linha de comando e no chaveiro, e não pode mudar depois que a organização existe.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <source>Provisioning</source>
        <translation>Provisionamento</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Status do provisionamento</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Provisionamento em andamento</translation>
    </message>
    <message>
        <source>What the chain tried and why</source>
        <translation>O que a cadeia tentou e por quê</translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>Scaling</source>
        <translation>Crescimento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>What the stage means</source>
        <translation>O que o estágio significa</translation>
    </message>
    <message>
        <source>Cost now:</source>
        <translation>Custo atual:</translation>
    </message>
    <message>
        <source>Monthly cost now</source>
        <translation>Custo mensal atual</translation>
    </message>
    <message>
        <source>As it grows:</source>
        <translation>Com o crescimento:</translation>
    </message>
    <message>
        <source>Monthly cost with more assistants</source>
        <translation>Custo mensal com mais assistentes</translation>
    </message>
    <message>
        <source>Setup time:</source>
        <translation>Tempo de configuração:</translation>
    </message>
    <message>
        <source>Setup time</source>
        <translation>Tempo de configuração</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monthly cost as assistants grow</source>
        <translation>Custo mensal conforme o número de assistentes cresce</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas das configurações</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
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
        <translation>&amp;Atualizar da Vapi e do Twilio:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Atualização automática</translation>
    </message>
    <message>
        <source>How often the console fetches assistants and numbers again by itself; F5 always does it at once</source>
        <translation>Com que frequência o console busca novamente, sozinho, os assistentes e os números; F5 sempre faz isso na hora</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts. “System default” follows the language of your computer.</source>
        <translation>O idioma muda na próxima vez que o Switchboard for iniciado. “Padrão do sistema” segue o idioma do seu computador.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Espaço de &amp;trabalho</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Configurações do espaço de trabalho</translation>
    </message>
    <message>
        <source>These settings belong to the workspace: everyone who opens it shares them.</source>
        <translation>Estas configurações pertencem ao espaço de trabalho: todos que o abrem as compartilham.</translation>
    </message>
    <message>
        <source>Numbers and costs</source>
        <translation>Números e custos</translation>
    </message>
    <message>
        <source>Default &amp;area code:</source>
        <translation>Código de área pa&amp;drão:</translation>
    </message>
    <message>
        <source>Default area code</source>
        <translation>Código de área padrão</translation>
    </message>
    <message>
        <source>The US area code free Vapi numbers are asked in when an organization has no preference of its own</source>
        <translation>O código de área dos EUA em que os números gratuitos da Vapi são solicitados quando uma organização não tem preferência própria</translation>
    </message>
    <message>
        <source>Three digits, such as 415</source>
        <translation>Três dígitos, como 415</translation>
    </message>
    <message>
        <source>Twilio &amp;price per number:</source>
        <translation>&amp;Preço do Twilio por número:</translation>
    </message>
    <message>
        <source>Twilio monthly price per number</source>
        <translation>Preço mensal do Twilio por número</translation>
    </message>
    <message>
        <source>What one Twilio number costs a month, in US dollars; the Scaling tab multiplies it</source>
        <translation>Quanto custa um número do Twilio por mês, em dólares americanos; a aba Crescimento multiplica esse valor</translation>
    </message>
    <message>
        <source>$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>B&amp;uy numbers in the workspace's Twilio account when its pool is used up</source>
        <translation>&amp;Comprar números na conta Twilio do espaço de trabalho quando a reserva acabar</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>No &amp;máximo:</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Limite mensal de compras</translation>
    </message>
    <message>
        <source>The workspace's Vapi account</source>
        <translation>A conta Vapi do espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Região da Vapi</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Chave pri&amp;vada:</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Chave privada da Vapi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testar cone&amp;xão</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Testar a conexão com a Vapi</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Resultado do teste de conexão com a Vapi</translation>
    </message>
    <message>
        <source>The workspace's Twilio account</source>
        <translation>A conta Twilio do espaço de trabalho</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID da conta:</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID da conta Twilio</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC seguido de 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Entrar com:</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>Chave de API e s&amp;egredo</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>T&amp;oken de autenticação:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticação do Twilio</translation>
    </message>
    <message>
        <source>API key S&amp;ID:</source>
        <translation>SID da c&amp;have de API:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID da chave de API do Twilio</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK seguido de 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Segredo da chave de &amp;API:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Segredo da chave de API do Twilio</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Testar co&amp;nexão</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Testar a conexão com o Twilio</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Resultado do teste de conexão com o Twilio</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <source>Where the workspace is kept: organizations, accounts, numbers and the history of every step.</source>
        <translation>Onde o espaço de trabalho fica armazenado: organizações, contas, números e o histórico de cada etapa.</translation>
    </message>
    <message>
        <source>This &amp;computer (SQLite file)</source>
        <translation>Este &amp;computador (arquivo SQLite)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arquivo de espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;Team server (PostgreSQL URL)</source>
        <translation>&amp;Servidor da equipe (URL do PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL do PostgreSQL</translation>
    </message>
    <message>
        <source>The change takes effect the next time Switchboard starts. A team server's password is kept in the keychain, never in the URL.</source>
        <translation>A alteração vale a partir da próxima vez que o Switchboard for iniciado. A senha de um servidor da equipe fica no chaveiro, nunca na URL.</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemas nas configurações</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificações na área de trabalho</translation>
    </message>
    <message>
        <source>When an assistant waits in the manual queue, and when a Vapi account's free numbers reach 80 % or 100 %</source>
        <translation>Quando um assistente espera na fila manual e quando os números gratuitos de uma conta Vapi chegam a 80 % ou 100 %</translation>
    </message>
    <message>
        <source>An assistant created in the console, the command line or Vapi gets a number through the chain without anyone asking; one that cannot get one waits in the manual queue. Each organization may choose otherwise in its settings.</source>
        <translation>Um assistente criado no console, na linha de comando ou no Vapi recebe um número pela cadeia sem que ninguém peça; o que não consegue um espera na fila manual. Cada organização pode escolher outra coisa nas suas configurações.</translation>
    </message>
    <message>
        <source>Gi&amp;ve new assistants a number automatically</source>
        <translation>Dar um número aos assistentes no&amp;vos automaticamente</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Token de aut&amp;enticação</translation>
    </message>
    <message>
        <source>Free-number cap of the workspace's Vapi account</source>
        <translation>Limite de números gratuitos da conta Vapi do espaço de trabalho</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Quantos números gratuitos a Vapi dá a esta conta. Mude-o apenas se a Vapi concedeu outro limite à conta; o Switchboard o reduz sozinho quando a Vapi recusa um número gratuito abaixo dele.</translation>
    </message>
    <message>
        <source>&amp;Free-number cap:</source>
        <translation>Limite de números &amp;gratuitos:</translation>
    </message>
</context>
<context>
    <name>Switchboard::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Sobre o Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Phone numbers for Vapi voice assistants across many customer organizations.</source>
        <translation>Números de telefone para assistentes de voz da Vapi em muitas organizações clientes.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Switchboard developers.&lt;br&gt;Released under the &lt;a href="%1"&gt;Apache License 2.0&lt;/a&gt;.</source>
        <translation>Copyright 2026 The Switchboard developers.&lt;br&gt;Publicado sob a &lt;a href="%1"&gt;Licença Apache 2.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Switchboard uses Qt, QtKeychain, libphonenumber and other libraries under their own licences.</source>
        <translation>Compilado com Qt %1, executando com Qt %2. O Switchboard usa Qt, QtKeychain, libphonenumber e outras bibliotecas sob suas próprias licenças.</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licenças de &amp;terceiros</translation>
    </message>
</context>
<context>
    <name>Switchboard::AccountStore</name>
    <message>
        <source>free-number cap: must be zero or more</source>
        <translation>limite de números gratuitos: deve ser zero ou mais</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID da conta Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID da chave de API do Twilio</translation>
    </message>
    <message>
        <source>That Vapi account is no longer in the workspace.</source>
        <translation>Essa conta Vapi não está mais no espaço de trabalho.</translation>
    </message>
    <message>
        <source>That owner has an account of this kind already: edit it instead (%1).</source>
        <translation>Esse proprietário já tem uma conta deste tipo: edite-a em vez disso (%1).</translation>
    </message>
    <message>
        <source>That Twilio account is no longer in the workspace.</source>
        <translation>Essa conta Twilio não está mais no espaço de trabalho.</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) changed: %3</source>
        <translation>Conta Vapi "%1" (%2) alterada: %3</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) added</source>
        <translation>Conta Vapi "%1" (%2) adicionada</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) removed</source>
        <translation>Conta Vapi "%1" (%2) removida</translation>
    </message>
    <message>
        <source>Vapi refused a free number: the cap of "%1" is %2 (was %3)</source>
        <translation>A Vapi recusou um número gratuito: o limite de "%1" é %2 (era %3)</translation>
    </message>
    <message>
        <source>Free-number cap of "%1" set by hand to %2 (was %3)</source>
        <translation>Limite de números gratuitos de "%1" definido manualmente como %2 (era %3)</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) changed: %3</source>
        <translation>Conta Twilio %1 (%2) alterada: %3</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) added</source>
        <translation>Conta Twilio %1 (%2) adicionada</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) removed</source>
        <translation>Conta Twilio %1 (%2) removida</translation>
    </message>
    <message>
        <source>the organization's</source>
        <translation>da organização</translation>
    </message>
    <message>
        <source>the workspace's</source>
        <translation>do espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiEndpoint</name>
    <message>
        <source>The API address is empty; enter an https:// address.</source>
        <translation>O endereço da API está vazio; digite um endereço https://.</translation>
    </message>
    <message>
        <source>"%1" is not a valid API address; enter an https:// address such as https://api.vapi.ai.</source>
        <translation>“%1” não é um endereço de API válido; digite um endereço https:// como https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password; credentials are entered separately.</source>
        <translation>O endereço da API não pode conter nome de usuário nem senha; as credenciais são informadas à parte.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; use an https:// address (plain http is only allowed for a local sandbox on 127.0.0.1).</source>
        <translation>http sem criptografia para %1 é recusado; use um endereço https:// (http só é permitido para um ambiente de testes local em 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must start with https://, not %1:.</source>
        <translation>O endereço da API deve começar com https://, não com %1:.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiError</name>
    <message>
        <source>Could not reach %1; check the internet connection, the proxy and the firewall, then try again.</source>
        <translation>Não foi possível acessar %1; verifique a conexão com a internet, o proxy e o firewall e tente novamente.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>That number is no longer available from Twilio; search again and pick another one.</source>
        <translation>Esse número não está mais disponível no Twilio; pesquise de novo e escolha outro.</translation>
    </message>
    <message>
        <source>Twilio has no numbers left in that area code; try a nearby area code.</source>
        <translation>O Twilio não tem mais números nesse código de área; tente um código de área próximo.</translation>
    </message>
    <message>
        <source>Vapi refused the API key; paste the private key (not the public one) of this account, and check that its region (US or EU) matches.</source>
        <translation>A Vapi recusou a chave de API; cole a chave privada (não a pública) desta conta e verifique se a região (US ou EU) corresponde.</translation>
    </message>
    <message>
        <source>Twilio refused the credentials; check the Account SID with its auth token, or the API key SID with its secret, and that the account is active.</source>
        <translation>O Twilio recusou as credenciais; verifique o Account SID com o token de autenticação, ou o SID da chave de API com o segredo, e se a conta está ativa.</translation>
    </message>
    <message>
        <source>%1 no longer has this item (it was deleted or belongs to another account); refresh the list and try again.</source>
        <translation>%1 não tem mais este item (ele foi excluído ou pertence a outra conta); atualize a lista e tente novamente.</translation>
    </message>
    <message>
        <source>%1 rejected the request; correct what its message names and try again.</source>
        <translation>%1 rejeitou a solicitação; corrija o que a mensagem indica e tente novamente.</translation>
    </message>
    <message>
        <source>This Vapi account has no free numbers left; release an unused free number or import a Twilio number instead.</source>
        <translation>Esta conta Vapi não tem mais números gratuitos; libere um número gratuito sem uso ou importe um número do Twilio.</translation>
    </message>
    <message>
        <source>%1 is limiting requests; wait a minute and try again, or lower the number of requests in flight in the settings.</source>
        <translation>%1 está limitando as solicitações; aguarde um minuto e tente novamente, ou reduza nas configurações o número de solicitações simultâneas.</translation>
    </message>
    <message>
        <source>%1 had an internal error; try again in a few minutes and check its status page if it persists.</source>
        <translation>%1 teve um erro interno; tente novamente em alguns minutos e consulte a página de status se persistir.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; try again, and check the connection if it keeps happening.</source>
        <translation>%1 não respondeu a tempo; tente novamente e verifique a conexão se isso continuar acontecendo.</translation>
    </message>
    <message>
        <source>%1 sent an answer Switchboard cannot read; try again, and report it if it keeps happening.</source>
        <translation>%1 enviou uma resposta que o Switchboard não consegue ler; tente novamente e relate o problema se isso continuar acontecendo.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified; check the computer's clock and any proxy or antivirus that intercepts HTTPS.</source>
        <translation>Não foi possível verificar o certificado do servidor; verifique o relógio do computador e qualquer proxy ou antivírus que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>%1 sent a redirect to another address, which Switchboard does not follow; check the API address in the account settings.</source>
        <translation>%1 redirecionou para outro endereço, e o Switchboard não segue redirecionamentos; verifique o endereço da API nas configurações da conta.</translation>
    </message>
    <message>
        <source>The request was blocked before it reached %1 (by the firewall in front of it, not because of the key); check the network, VPN or proxy this computer uses, and try again later. If it keeps happening, report the error code.</source>
        <translation>A solicitação foi bloqueada antes de chegar a %1 (pelo firewall à frente dele, não por causa da chave); verifique a rede, a VPN ou o proxy deste computador e tente novamente mais tarde. Se continuar acontecendo, informe o código de erro.</translation>
    </message>
    <message>
        <source>Vapi wants a payment method on this account before it gives another free number; the customer adds one in the Vapi dashboard's billing page.</source>
        <translation>A Vapi exige um método de pagamento nesta conta antes de dar outro número gratuito; o cliente adiciona um na página de faturamento do painel da Vapi.</translation>
    </message>
    <message>
        <source>Vapi has no free number in that area code right now; try one of the area codes it suggests, or leave the area code empty.</source>
        <translation>A Vapi não tem número gratuito nesse código de área agora; tente um dos códigos sugeridos ou deixe o código de área vazio.</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantDialog</name>
    <message>
        <source>Create an assistant</source>
        <translation>Criar um assistente</translation>
    </message>
    <message>
        <source>A new assistant in the Vapi account of %1, linked to it.</source>
        <translation>Um novo assistente na conta Vapi de %1, vinculado a ela.</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Link an assistant</source>
        <translation>Vincular um assistente</translation>
    </message>
    <message>
        <source>Pick an assistant of the Vapi account of %1 that no organization has yet, or type its Vapi id.</source>
        <translation>Escolha um assistente da conta Vapi de %1 que nenhuma organização tem ainda, ou digite o id Vapi dele.</translation>
    </message>
    <message>
        <source>Assistants without an organization</source>
        <translation>Assistentes sem organização</translation>
    </message>
    <message>
        <source>Vapi id %1</source>
        <translation>Id Vapi %1</translation>
    </message>
    <message>
        <source>a Vapi assistant id (a UUID)</source>
        <translation>um id de assistente Vapi (um UUID)</translation>
    </message>
    <message>
        <source>Or the Vapi &amp;id:</source>
        <translation>Ou o &amp;id Vapi:</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>O que está errado</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Id Vapi</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>Creating %1 in Vapi…</source>
        <translation>Criando %1 na Vapi…</translation>
    </message>
    <message>
        <source>Linking it in Vapi…</source>
        <translation>Vinculando na Vapi…</translation>
    </message>
    <message>
        <source>The last listing of the Vapi account of %1 has no assistant without an organization. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>A última listagem da conta Vapi de %1 não tem nenhum assistente sem organização. Para um criado depois, atualize primeiro (F5) ou digite o id Vapi dele.</translation>
    </message>
    <message>
        <source>Vapi &amp;id:</source>
        <translation>&amp;Id Vapi:</translation>
    </message>
    <message>
        <source>A new assistant in the workspace's Vapi account, linked to %1.</source>
        <translation>Um novo assistente na conta da Vapi do espaço de trabalho, vinculado a %1.</translation>
    </message>
    <message>
        <source>The last listing of the workspace's Vapi account has no assistant without an organization to link to %1. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>A última listagem da conta da Vapi do espaço de trabalho não tem nenhum assistente sem organização para vincular a %1. Para um criado depois, atualize (F5) primeiro, ou digite o id da Vapi dele.</translation>
    </message>
    <message>
        <source>Pick an assistant of the workspace's Vapi account that no organization has yet, or type its Vapi id, to link it to %1.</source>
        <translation>Escolha um assistente da conta da Vapi do espaço de trabalho que nenhuma organização tenha ainda, ou digite o id da Vapi dele, para vinculá-lo a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n character(s): Vapi's limit for a name.</source>
        <translation>
            <numerusform>Até %n caractere: o limite da Vapi para um nome.</numerusform>
            <numerusform>Até %n caracteres: o limite da Vapi para um nome.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantLinking</name>
    <message>
        <source>No Vapi account serves %1; set up the workspace's first.</source>
        <translation>Nenhuma conta Vapi atende %1; configure primeiro a do espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 already: an assistant is linked to one organization only. If it really changes customer, remove "%3" from its metadata in the Vapi dashboard first.</source>
        <translation>%1 já pertence a %2: um assistente é vinculado a uma só organização. Se ele realmente mudar de cliente, remova primeiro "%3" dos metadados dele no painel da Vapi.</translation>
    </message>
    <message>
        <source>The Vapi account that serves %1 has no assistant %2: it may belong to another Vapi account (another customer's own), or have been deleted.</source>
        <translation>A conta Vapi que atende %1 não tem o assistente %2: ele pode pertencer a outra conta Vapi (a própria de outro cliente) ou ter sido excluído.</translation>
    </message>
    <message>
        <source>%1 created in Vapi for %2</source>
        <translation>%1 criado na Vapi para %2</translation>
    </message>
    <message>
        <source>%1 linked to %2</source>
        <translation>%1 vinculado a %2</translation>
    </message>
    <message>
        <source>%1 was not created for %2: %3</source>
        <translation>%1 não foi criado para %2: %3</translation>
    </message>
    <message>
        <source>%1 was not linked to %2: %3</source>
        <translation>%1 não foi vinculado a %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsModel</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Not in an organization</source>
        <translation>Em nenhuma organização</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Provisionando…</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>Aguardando na fila manual</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Acessível</translation>
    </message>
    <message>
        <source>Needs a number</source>
        <translation>Precisa de um número</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Assistente %1</translation>
    </message>
    <message>
        <source>No number routes to this assistant: nobody can call it. Provision one.</source>
        <translation>Nenhum número leva a este assistente: ninguém consegue ligar para ele. Provisione um.</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sem número</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activating: calls work in a few minutes</source>
        <translation>Ativando: as chamadas funcionarão em poucos minutos</translation>
    </message>
    <message>
        <source>Number blocked by Vapi</source>
        <translation>Número bloqueado pela Vapi</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsView</name>
    <message>
        <source>Provisioning the assistants without a number (%1)…</source>
        <translation>Provisionando os assistentes sem número (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Provision all unassigned</source>
        <translation>Provisionar todos sem número</translation>
    </message>
    <message>
        <source>Cancelling: the assistant being provisioned finishes first…</source>
        <translation>Cancelando: o assistente em andamento termina primeiro…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>A Vapi está inacessível: o provisionamento aguarda a conexão.</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Executar a cadeia de provisionamento para o assistente selecionado: número gratuito da Vapi, depois Twilio, depois a fila manual</translation>
    </message>
    <message>
        <source>No assistants yet: create one, or link one from Vapi.</source>
        <translation>Nenhum assistente ainda: crie um ou vincule um da Vapi.</translation>
    </message>
    <message>
        <source>Assistants: %1, every one with a number.</source>
        <translation>Assistentes: %1, todos com número.</translation>
    </message>
    <message>
        <source>Assistants: %1, without a number: %2.</source>
        <translation>Assistentes: %1, sem número: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 assistants done…</source>
        <translation>%1 de %2 assistentes concluídos…</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Último: %1</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>Copiar id do &amp;assistente</translation>
    </message>
    <message>
        <source>Copy na&amp;me</source>
        <translation>Copiar no&amp;me</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Abrir o &amp;painel da Vapi</translation>
    </message>
    <message>
        <source>Open the manual queue</source>
        <translation>Abrir a fila manual</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutoProvisioner</name>
    <message>
        <source>The organizations could not be read: %1</source>
        <translation>Não foi possível ler as organizações: %1</translation>
    </message>
    <message>
        <source>The assistants of %1 could not be read: %2</source>
        <translation>Não foi possível ler os assistentes de %1: %2</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>Não foi possível ler o histórico de %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutomaticProvisioning</name>
    <message>
        <source>An assistant waits in the manual queue</source>
        <translation>Um assistente espera na fila manual</translation>
    </message>
    <message>
        <source>%1 could not get a number: %2</source>
        <translation>%1 não conseguiu um número: %2</translation>
    </message>
    <message>
        <source>Free numbers used up: %1</source>
        <translation>Números gratuitos esgotados: %1</translation>
    </message>
    <message>
        <source>Free numbers at %1 %: %2</source>
        <translation>Números gratuitos em %1 %: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::BuyNumberDialog</name>
    <message>
        <source>Buy a Twilio number</source>
        <translation>Comprar um número Twilio</translation>
    </message>
    <message>
        <source>A number for the workspace's pool, bought on %1.</source>
        <translation>Um número para a reserva do espaço de trabalho, comprado com a %1.</translation>
    </message>
    <message>
        <source>A number for the pool of %1, bought on %2.</source>
        <translation>Um número para a reserva de %1, comprado com a %2.</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %n purchase(s) made.</source>
        <translation>
            <numerusform>Este mês: %1 de %n compra feita.</numerusform>
            <numerusform>Este mês: %1 de %n compras feitas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>Código de á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>Numbers &amp;offered:</source>
        <translation>Números &amp;oferecidos:</translation>
    </message>
    <message>
        <source>Numbers Twilio offers</source>
        <translation>Números que a Twilio oferece</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Comprar</translation>
    </message>
    <message>
        <source>Type a three-digit US or Canadian area code, such as 415.</source>
        <translation>Digite um código de área dos EUA ou do Canadá com três dígitos, como 415.</translation>
    </message>
    <message>
        <source>Asking Twilio for numbers in %1…</source>
        <translation>Pedindo à Twilio números em %1…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Twilio offers no voice number in %1 now: try a neighbouring area code.</source>
        <translation>A Twilio não oferece agora nenhum número de voz em %1: tente um código de área vizinho.</translation>
    </message>
    <message>
        <source>Pick a number and choose Buy. It goes to the pool, free for the next assistant.</source>
        <translation>Escolha um número e clique em Comprar. Ele vai para a reserva, livre para o próximo assistente.</translation>
    </message>
    <message>
        <source>Buying %1 on %2…</source>
        <translation>Comprando %1 com a %2…</translation>
    </message>
    <message>
        <source>%1 has no Twilio account of its own: the number goes to the workspace's pool, bought on %2, and serves %1 and every other organization without one.</source>
        <translation>%1 não tem conta Twilio própria: o número vai para a reserva do espaço de trabalho, comprado com a %2, e atende %1 e qualquer outra organização sem conta própria.</translation>
    </message>
    <message>
        <source>e.g. 415</source>
        <translation>ex.: 415</translation>
    </message>
    <message>
        <source>Twilio bills about %1 a month for a local number; a subaccount's numbers are billed to its main account.</source>
        <translation>A Twilio cobra cerca de %1 por mês por um número local; os números de uma subconta são cobrados da conta principal.</translation>
    </message>
</context>
<context>
    <name>Switchboard::CancellableWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChainPlanner</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>a conta Twilio da organização</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>a conta Twilio do espaço de trabalho</translation>
    </message>
    <message>
        <source>No Vapi account serves this organization: set up the workspace's Vapi account, or the organization's own.</source>
        <translation>Nenhuma conta Vapi atende esta organização: configure a conta Vapi do espaço de trabalho ou uma própria da organização.</translation>
    </message>
    <message>
        <source>A free Vapi SIP URI (%1).</source>
        <translation>Uma URI SIP gratuita da Vapi (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number (%1).</source>
        <translation>Um número gratuito da Vapi (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number in area code %1 (%2).</source>
        <translation>Um número gratuito da Vapi com o código de área %1 (%2).</translation>
    </message>
    <message>
        <source>The organization has no Twilio account of its own.</source>
        <translation>A organização não tem conta Twilio própria.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account.</source>
        <translation>O espaço de trabalho não tem conta Twilio.</translation>
    </message>
    <message>
        <source>Import the next pool number of %1 (%2 available).</source>
        <translation>Importar o próximo número da reserva de %1 (%2 disponíveis).</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and buying numbers is not allowed.</source>
        <translation>A reserva de números de %1 acabou, e a compra de números não é permitida.</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and this month's purchase limit (%2) is reached.</source>
        <translation>A reserva de números de %1 acabou, e o limite de compras deste mês (%2) foi atingido.</translation>
    </message>
    <message>
        <source>Queue a task for a person to assign a number by hand.</source>
        <translation>Colocar na fila uma tarefa para uma pessoa atribuir um número manualmente.</translation>
    </message>
    <message numerus="yes">
        <source>Buy a number in %1 (%2 of %n purchase(s) used this month) and import it.</source>
        <translation>
            <numerusform>Comprar um número em %1 (usadas este mês: %2 de %n compra) e importá-lo.</numerusform>
            <numerusform>Comprar um número em %1 (usadas este mês: %2 de %n compras) e importá-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and it is a Twilio trial account: Twilio refused a purchase on %2 because a trial account may own only one number. Upgrade the Twilio account in the Twilio Console, then mark it upgraded (switchboard-cli org edit or workspace set, --twilio-upgraded) to buy from it again.</source>
        <translation>A reserva de números de %1 acabou, e é uma conta de avaliação do Twilio: o Twilio recusou uma compra em %2 porque uma conta de avaliação só pode ter um número. Faça o upgrade da conta Twilio no Twilio Console e depois marque-a como atualizada (switchboard-cli org edit ou workspace set, --twilio-upgraded) para voltar a comprar nela.</translation>
    </message>
    <message>
        <source>Check whether Vapi's cap of %1 (%2) still holds: one free number is asked for.</source>
        <translation>Verificar se o limite de %1 da Vapi (%2) ainda vale: um número gratuito é pedido.</translation>
    </message>
    <message>
        <source>The free allowance is used up: %1 (cap: %2).</source>
        <translation>A cota gratuita está esgotada: %1 (limite: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n pool number(s) passed over: Twilio said they cannot be used (see the pool; `switchboard-cli pool check` asks again).</source>
        <translation>
            <numerusform>%n número do pool ignorado: o Twilio disse que ele não pode ser usado (veja o pool; `switchboard-cli pool check` pergunta de novo).</numerusform>
            <numerusform>%n números do pool ignorados: o Twilio disse que eles não podem ser usados (veja o pool; `switchboard-cli pool check` pergunta de novo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::CompleteTaskDialog</name>
    <message>
        <source>Which number or SIP URI does %1 get? Assign it in Vapi as well if it is not there yet; Switchboard records it and closes the task.</source>
        <translation>Qual número ou URI SIP %1 recebe? Atribua-o também na Vapi se ainda não estiver lá; o Switchboard o registra e fecha a tarefa.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluir</translation>
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
        <translation>Número ou URI SIP</translation>
    </message>
    <message>
        <source>is empty: type a number such as +1 415 555 2671, or a SIP URI such as sip:desk@sip.vapi.ai</source>
        <translation>está vazio: digite um número como +1 415 555 2671 ou uma URI SIP como sip:recepcao@sip.vapi.ai</translation>
    </message>
    <message>
        <source>must be on sip.vapi.ai (sip.eu.vapi.ai for an account in the EU), not %1: Vapi answers SIP calls only there</source>
        <translation>deve estar em sip.vapi.ai (sip.eu.vapi.ai para uma conta na UE), não em %1: a Vapi só atende chamadas SIP lá</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Concluindo…</translation>
    </message>
    <message>
        <source>Assigning %1 in Vapi…</source>
        <translation>Atribuindo %1 na Vapi…</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionStatus</name>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: on-line</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: off-line</translation>
    </message>
    <message>
        <source>%1: offline since %2</source>
        <translation>%1: off-line desde %2</translation>
    </message>
    <message>
        <source>Switchboard works from the workspace meanwhile; changes that need %1 wait for the connection.</source>
        <translation>Enquanto isso, o Switchboard trabalha com o espaço de trabalho; as alterações que precisam de %1 aguardam a conexão.</translation>
    </message>
    <message>
        <source>%1: no account set up</source>
        <translation>%1: nenhuma conta configurada</translation>
    </message>
    <message>
        <source>Set up the workspace's %1 account (File → Settings), or an organization's own.</source>
        <translation>Configure a conta %1 do espaço de trabalho (Arquivo → Configurações), ou a própria de uma organização.</translation>
    </message>
    <message>
        <source>%1: check the key</source>
        <translation>%1: verifique a chave</translation>
    </message>
    <message>
        <source>%1 (Settings → Workspace, or Edit organization for a customer's own account)</source>
        <translation>%1 (Configurações → Espaço de trabalho, ou Editar organização para a conta própria de um cliente)</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionTest</name>
    <message>
        <source>Connected. The account holds no phone number and no assistant yet, so which Vapi account it is cannot be told; it is not compared with the other organizations' accounts.</source>
        <translation>Conectado. A conta ainda não tem número nem assistente, então não é possível saber qual conta Vapi ela é; ela não é comparada com as contas das outras organizações.</translation>
    </message>
    <message>
        <source>Connected to Vapi account %1.</source>
        <translation>Conectado à conta Vapi %1.</translation>
    </message>
    <message>
        <source>The workspace has no Vapi account yet: enter its private key.</source>
        <translation>O espaço de trabalho ainda não tem conta Vapi: digite a chave privada dela.</translation>
    </message>
    <message>
        <source>Connected: these credentials may manage the numbers of Twilio account %1.</source>
        <translation>Conectado: estas credenciais podem gerenciar os números da conta Twilio %1.</translation>
    </message>
    <message>
        <source>Enter the account's secret to test it.</source>
        <translation>Digite o segredo da conta para testá-la.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Console</name>
    <message>
        <source>Team database</source>
        <translation>Banco de dados da equipe</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1 The console shows what it read last; changes wait for the server.</source>
        <translation>Não é possível acessar o banco de dados da equipe: %1 O console mostra o que leu por último; as alterações aguardam o servidor.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsoleController</name>
    <message>
        <source>The keychain cannot be used: %1 Switchboard keeps working for everything that needs no secret; nothing is stored in plain text.</source>
        <translation>O chaveiro não pode ser usado: %1 O Switchboard continua funcionando para tudo o que não precisa de segredo; nada é armazenado em texto puro.</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n provisioning(s) left unfinished last time.</source>
        <translation>
            <numerusform>%n provisionamento que ficou inacabado da última vez foi concluído.</numerusform>
            <numerusform>%n provisionamentos que ficaram inacabados da última vez foram concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>That number is no longer known; refresh and try again.</source>
        <translation>Esse número não é mais conhecido; atualize e tente novamente.</translation>
    </message>
    <message>
        <source>Choose an organization served by a Vapi account first.</source>
        <translation>Escolha primeiro uma organização atendida por uma conta Vapi.</translation>
    </message>
    <message>
        <source>%1 stays in the pool, and in the Twilio account.</source>
        <translation>%1 continua na reserva e na conta Twilio.</translation>
    </message>
    <message>
        <source>The cap could not be marked for a new check: %1</source>
        <translation>Não foi possível marcar o limite para nova verificação: %1</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi for a free number again, and learns the cap anew.</source>
        <translation>O próximo provisionamento pede de novo um número gratuito à Vapi e reaprende o limite.</translation>
    </message>
    <message>
        <source>Enter the account's secret to ask Twilio.</source>
        <translation>Informe o segredo da conta para perguntar ao Twilio.</translation>
    </message>
    <message>
        <source>%1 was created; finding it a number…</source>
        <translation>%1 foi criado; procurando um número…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was done: the team database does not answer (%1). Try again when the status bar shows it online.</source>
        <translation>Nada foi feito: o banco de dados da equipe não responde (%1). Tente novamente quando a barra de status o mostrar on-line.</translation>
    </message>
    <message>
        <source>Manual task #%1 is no longer open.</source>
        <translation>A tarefa manual #%1 não está mais aberta.</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n recebeu um número</numerusform>
            <numerusform>%n receberam um número</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see History)</source>
        <translation>
            <numerusform>%n falhou (veja o Histórico)</numerusform>
            <numerusform>%n falharam (veja o Histórico)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1. Start again to go on.</source>
        <translation>Interrompido: %1. Comece de novo para continuar.</translation>
    </message>
    <message>
        <source>Provisioned: %1.</source>
        <translation>Provisionado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n espera na fila manual</numerusform>
            <numerusform>%n esperam na fila manual</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2 now.</source>
        <translation>%1 pertence a %2 agora.</translation>
    </message>
    <message numerus="yes">
        <source>%n not started (%1)</source>
        <translation>
            <numerusform>%n não iniciado (%1)</numerusform>
            <numerusform>%n não iniciados (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was created for %2; it has no number until it is provisioned.</source>
        <translation>%1 foi criado para %2; ele não tem número até ser provisionado.</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets. Its history stays.</source>
        <translation>%1 e seus segredos foram removidos. Seu histórico permanece.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Não removida</translation>
    </message>
    <message>
        <source>The keychain did not keep a key: %1</source>
        <translation>O chaveiro não guardou uma chave: %1</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up: save again once the keychain takes the key.</source>
        <translation>A conta Vapi do espaço de trabalho não está configurada: salve novamente quando o chaveiro aceitar a chave.</translation>
    </message>
    <message>
        <source>The Vapi account without its key could not be taken out of the workspace: %1</source>
        <translation>A conta Vapi sem sua chave não pôde ser retirada do espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Save again once the keychain takes it; until then, the key it had before (if any) stays in use.</source>
        <translation>Salve novamente quando o chaveiro a aceitar; até lá, a chave que ele tinha (se houver) continua em uso.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ContextMenus</name>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Copiado para a área de transferência: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialClientProvider</name>
    <message>
        <source>the Vapi private key (%1): %2</source>
        <translation>a chave privada da Vapi (%1): %2</translation>
    </message>
    <message>
        <source>the Twilio secret (%1): %2</source>
        <translation>o segredo do Twilio (%1): %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialService</name>
    <message>
        <source>Set it in the workspace's credentials (or with switchboard-cli), or provide it in the environment variable %1.</source>
        <translation>Defina-o nas credenciais do espaço de trabalho (ou com o switchboard-cli), ou informe-o na variável de ambiente %1.</translation>
    </message>
    <message>
        <source>Set it in the organization's credentials, or with switchboard-cli.</source>
        <translation>Defina-o nas credenciais da organização, ou com o switchboard-cli.</translation>
    </message>
    <message>
        <source>Switchboard stopped before the keychain answered; the operation may not have completed.</source>
        <translation>O Switchboard parou antes de o chaveiro responder; a operação pode não ter sido concluída.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be set.</source>
        <translation>Só é possível definir segredos de organizações e do espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1: the value is empty; nothing was stored.</source>
        <translation>%1: o valor está vazio; nada foi armazenado.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist; nothing was stored.</source>
        <translation>A organização %1 não existe; nada foi armazenado.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was stored.</source>
        <translation>Não é possível ler o espaço de trabalho (%1); nada foi armazenado.</translation>
    </message>
    <message>
        <source>The keychain holds the new value.</source>
        <translation>O chaveiro contém o novo valor.</translation>
    </message>
    <message>
        <source>The secret was taken out of the keychain again; try again.</source>
        <translation>O segredo foi retirado do chaveiro novamente; tente de novo.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be read.</source>
        <translation>Só é possível ler segredos de organizações e do espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 is recorded as set in this workspace, but this computer's keychain has no entry for it (it may have been set on another computer that shares the workspace, or removed with the keychain's own tool). Set it again here.</source>
        <translation>%1 consta como definido neste espaço de trabalho, mas o chaveiro deste computador não tem uma entrada para ele (talvez tenha sido definido em outro computador que compartilha o espaço de trabalho, ou removido com a ferramenta do próprio chaveiro). Defina-o novamente aqui.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be removed.</source>
        <translation>Só é possível remover segredos de organizações e do espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 was removed from the keychain, but the workspace still lists it: %2</source>
        <translation>%1 foi removido do chaveiro, mas o espaço de trabalho ainda o lista: %2</translation>
    </message>
    <message>
        <source>%1 is not an organization id; nothing was removed.</source>
        <translation>%1 não é um id de organização; nada foi removido.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was removed.</source>
        <translation>Não é possível ler o espaço de trabalho (%1); nada foi removido.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</source>
        <translation>
            <numerusform>Não foi possível remover %n segredo da organização %1 (%2). Ele continua listado, para que a remoção da organização possa ser tentada de novo.</numerusform>
            <numerusform>Não foi possível remover %n segredos da organização %1 (%2). Eles continuam listados, para que a remoção da organização possa ser tentada de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot come from the environment.</source>
        <translation>%1 não pode vir do ambiente.</translation>
    </message>
    <message>
        <source>%1 is not set; nothing was imported.</source>
        <translation>%1 não está definido; nada foi importado.</translation>
    </message>
    <message>
        <source>The keychain does not work as it should: %1</source>
        <translation>O chaveiro não funciona como deveria: %1</translation>
    </message>
    <message>
        <source>it gave back something else than was just stored in it.</source>
        <translation>ele devolveu algo diferente do que acabou de ser armazenado nele.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DatabaseLocation</name>
    <message>
        <source>The database URL contains a password. Passwords belong in the keychain: remove it from the URL and store it with `switchboard-cli database password set --database URL` (or let the console ask for it), or set SWITCHBOARD_DATABASE_PASSWORD for automation.</source>
        <translation>A URL do banco de dados contém uma senha. Senhas ficam no chaveiro: remova-a da URL e armazene-a com `switchboard-cli database password set --database URL` (ou deixe o console pedi-la), ou defina SWITCHBOARD_DATABASE_PASSWORD para automação.</translation>
    </message>
    <message>
        <source>The database location is empty. Give a file path or a URL like postgresql://user@host:5432/database.</source>
        <translation>O local do banco de dados está vazio. Informe um caminho de arquivo ou uma URL como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The file URL %1 is not valid.</source>
        <translation>A URL de arquivo %1 não é válida.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// (or be a file path); "%1://" is not supported.</source>
        <translation>A URL do banco de dados deve começar com postgresql:// (ou ser um caminho de arquivo); “%1://” não é compatível.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Write it as postgresql://user@host:5432/database[?sslmode=require].</source>
        <translation>A URL do banco de dados não é válida. Escreva-a como postgresql://user@host:5432/database[?sslmode=require].</translation>
    </message>
    <message>
        <source>The database URL's port must be between 1 and 65535.</source>
        <translation>A porta da URL do banco de dados deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The database URL names no user. Write it as postgresql://user@host:5432/database.</source>
        <translation>A URL do banco de dados não indica nenhum usuário. Escreva-a como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL names no database (or more than one path segment). Write it as postgresql://user@host:5432/database.</source>
        <translation>A URL do banco de dados não indica nenhum banco de dados (ou tem mais de um segmento de caminho). Escreva-a como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL's sslmode "%1" is not known; use one of %2.</source>
        <translation>O sslmode “%1” da URL do banco de dados é desconhecido; use um destes: %2.</translation>
    </message>
    <message>
        <source>The database URL's parameter "%1" is not supported; only sslmode is.</source>
        <translation>O parâmetro “%1” da URL do banco de dados não é compatível; só sslmode é aceito.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectoryRefresh</name>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>o espaço de trabalho não conseguiu guardar a lista: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectorySync</name>
    <message>
        <source>The Vapi client of %1 went away.</source>
        <translation>O cliente Vapi de %1 deixou de existir.</translation>
    </message>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>o espaço de trabalho não conseguiu guardar a listagem: %1</translation>
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
        <translation>União Europeia</translation>
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
        <translation>Operadora própria (tronco SIP)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Ativando</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Free Vapi number</source>
        <translation>Número gratuito da Vapi</translation>
    </message>
    <message>
        <source>Organization's Twilio</source>
        <translation>Twilio da organização</translation>
    </message>
    <message>
        <source>Workspace's Twilio</source>
        <translation>Twilio do espaço de trabalho</translation>
    </message>
    <message>
        <source>Manual assignment</source>
        <translation>Atribuição manual</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Queued for manual assignment</source>
        <translation>Na fila para atribuição manual</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
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
        <translation>Número atribuído</translation>
    </message>
    <message>
        <source>Number unassigned</source>
        <translation>Número desatribuído</translation>
    </message>
    <message>
        <source>Number released from Vapi</source>
        <translation>Número liberado na Vapi</translation>
    </message>
    <message>
        <source>Number released on Twilio</source>
        <translation>Número liberado na Twilio</translation>
    </message>
    <message>
        <source>Number bought</source>
        <translation>Número comprado</translation>
    </message>
    <message>
        <source>Manual task opened</source>
        <translation>Tarefa manual aberta</translation>
    </message>
    <message>
        <source>Manual task completed</source>
        <translation>Tarefa manual concluída</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Tarefa manual descartada</translation>
    </message>
    <message>
        <source>Organization added</source>
        <translation>Organização adicionada</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organização alterada</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>Organização removida</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Conta alterada</translation>
    </message>
    <message>
        <source>Secret stored</source>
        <translation>Segredo armazenado</translation>
    </message>
    <message>
        <source>Secret removed</source>
        <translation>Segredo removido</translation>
    </message>
    <message>
        <source>Pool number added</source>
        <translation>Número adicionado ao pool</translation>
    </message>
    <message>
        <source>Pool number removed</source>
        <translation>Número retirado do pool</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Configuração alterada</translation>
    </message>
    <message>
        <source>Free-number cap learned</source>
        <translation>Limite de números gratuitos aprendido</translation>
    </message>
    <message>
        <source>Assistant created</source>
        <translation>Assistente criado</translation>
    </message>
    <message>
        <source>Assistant linked</source>
        <translation>Assistente vinculado</translation>
    </message>
</context>
<context>
    <name>Switchboard::EnvironmentCredentials</name>
    <message>
        <source>is set, but neither TWILIO_AUTH_TOKEN nor TWILIO_API_KEY with TWILIO_API_SECRET is; set one of them</source>
        <translation>está definida, mas nem TWILIO_AUTH_TOKEN nem TWILIO_API_KEY com TWILIO_API_SECRET estão; defina uma delas</translation>
    </message>
    <message>
        <source>is not set, but a Twilio credential is; set it to the account's SID (AC followed by 32 hexadecimal digits)</source>
        <translation>não está definida, mas uma credencial do Twilio está; defina-a com o SID da conta (AC seguido de 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_KEY is; set both, or neither</source>
        <translation>não está definida, mas TWILIO_API_KEY está; defina as duas ou nenhuma</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_SECRET is; set both, or neither</source>
        <translation>não está definida, mas TWILIO_API_SECRET está; defina as duas ou nenhuma</translation>
    </message>
    <message>
        <source>is not a valid phone number in E.164 form (e.g. +14155552671)</source>
        <translation>não é um número de telefone válido no formato E.164 (por exemplo, +14155552671)</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberCap</name>
    <message>
        <source>Vapi's documented cap</source>
        <translation>limite documentado pela Vapi</translation>
    </message>
    <message>
        <source>set by hand on %1</source>
        <translation>definido manualmente em %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>definido manualmente</translation>
    </message>
    <message>
        <source>learned from Vapi on %1</source>
        <translation>aprendido da Vapi em %1</translation>
    </message>
    <message>
        <source>learned from Vapi</source>
        <translation>aprendido da Vapi</translation>
    </message>
    <message>
        <source>On %1 Vapi asked for a payment method before it gives this account another free number. Add one in the Vapi dashboard (%2), then check again.</source>
        <translation>Em %1 a Vapi pediu um método de pagamento antes de dar outro número gratuito a esta conta. Adicione um no painel da Vapi (%2) e verifique de novo.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberTries</name>
    <message>
        <source>Any area code</source>
        <translation>Qualquer código de área</translation>
    </message>
    <message>
        <source>Area code %1</source>
        <translation>Código de área %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: not available (Vapi suggested %2).</source>
        <translation>%1: indisponível (a Vapi sugeriu %2).</translation>
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
            <numerusform>%1 de %2 números gratuitos usados (%3%), resta %n</numerusform>
            <numerusform>%1 de %2 números gratuitos usados (%3%), restam %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n free number(s) left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</source>
        <translation>
            <numerusform>Só resta %n número gratuito. Configure agora o Twilio para esta organização ou para o espaço de trabalho, para que os próximos assistentes recebam números sem interrupção.</numerusform>
            <numerusform>Só restam %n números gratuitos. Configure agora o Twilio para esta organização ou para o espaço de trabalho, para que os próximos assistentes recebam números sem interrupção.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: Vapi gives this account %n free number(s), and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</source>
        <translation>
            <numerusform>Cheio: a Vapi dá a esta conta %n número gratuito, e %1 em uso. Novos assistentes recebem números do Twilio onde ele estiver configurado; senão, aguardam na fila manual.</numerusform>
            <numerusform>Cheio: a Vapi dá a esta conta %n números gratuitos, e %1 em uso. Novos assistentes recebem números do Twilio onde ele estiver configurado; senão, aguardam na fila manual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryModel</name>
    <message>
        <source>Assistant %1</source>
        <translation>Assistente %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Entregue por</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Database role: %1</source>
        <translation>Papel no banco de dados: %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Provisioning attempt: %1</source>
        <translation>Tentativa de provisionamento: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (falhou)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
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
        <translation>Não é possível ler o histórico: nenhum espaço de trabalho está aberto.</translation>
    </message>
    <message>
        <source>Attempt %1 is not in the history.</source>
        <translation>A tentativa %1 não está no histórico.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>Não é possível gravar %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>Não foi possível concluir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>Não foi possível gravar %1: %2. Nada foi salvo; libere espaço nesse local ou escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryStore</name>
    <message>
        <source>assistant %1 is already being provisioned</source>
        <translation>o assistente %1 já está sendo provisionado</translation>
    </message>
    <message>
        <source>assistant %1 was tried before: new assistants are provisioned automatically once, and after that only on request</source>
        <translation>o assistente %1 já foi tentado: assistentes novos são provisionados automaticamente uma vez e, depois, só a pedido</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>o banco de dados não retornou nenhuma linha para um registro novo</translation>
    </message>
    <message>
        <source>step %1 is not in the history</source>
        <translation>a etapa %1 não está no histórico</translation>
    </message>
    <message>
        <source>attempt %1 is not in the history</source>
        <translation>a tentativa %1 não está no histórico</translation>
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
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <source>Any link</source>
        <translation>Qualquer elo</translation>
    </message>
    <message>
        <source>No bound</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Exportando para %1… %2 gravados</translation>
    </message>
    <message>
        <source>Exported to %1 (attempts: %2).</source>
        <translation>Exportado para %1 (tentativas: %2).</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>A exportação para %1 foi cancelada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), organization %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), organização %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancels the export</source>
        <translation>Cancela a exportação</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Carregando o histórico…</translation>
    </message>
    <message>
        <source>Attempts: %1 shown, counting…</source>
        <translation>Tentativas: %1 exibidas, contando…</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Nenhuma tentativa corresponde aos filtros.</translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 shown</source>
        <translation>Tentativas: %1 de %2 exibidas</translation>
    </message>
    <message>
        <source>Find words: an assistant, number, organization or summary (%1)</source>
        <translation>Buscar palavras: um assistente, número, organização ou resumo (%1)</translation>
    </message>
    <message>
        <source>No provisioning attempts yet.</source>
        <translation>Ainda não há tentativas de provisionamento.</translation>
    </message>
    <message>
        <source>No provisioning attempts for %1 yet.</source>
        <translation>Ainda não há tentativas de provisionamento para %1.</translation>
    </message>
    <message>
        <source>Provisioning attempts</source>
        <translation>Tentativas de provisionamento</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Outras ações</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>uma pessoa desconhecida</translation>
    </message>
    <message>
        <source>Started %1 by %2, took %3</source>
        <translation>Iniciado %1 por %2, levou %3</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, por %3</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Exported to %1 (records: %2).</source>
        <translation>Exportado para %1 (registros: %2).</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Etapas da tentativa selecionada</translation>
    </message>
    <message>
        <source>Select a record: an attempt shows what the chain tried and why, an action what changed and who did it.</source>
        <translation>Selecione um registro: uma tentativa mostra o que a cadeia tentou e por quê; uma ação, o que mudou e quem fez.</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>O registro selecionado</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>A ação selecionada</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (falhou)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>%1, by %2 (database role %3)</source>
        <translation>%1, por %2 (papel no banco de dados %3)</translation>
    </message>
    <message>
        <source>Part of provisioning attempt %1.</source>
        <translation>Parte da tentativa de provisionamento %1.</translation>
    </message>
    <message>
        <source>Stops loading more records</source>
        <translation>Para de carregar mais registros</translation>
    </message>
    <message>
        <source>Shown: %1, counting…</source>
        <translation>Exibidos: %1, contando…</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 shown</source>
        <translation>Ações: %1 de %2 exibidas</translation>
    </message>
    <message>
        <source>%1 of %2 shown (attempts: %3, other actions: %4)</source>
        <translation>%1 de %2 exibidos (tentativas: %3, outras ações: %4)</translation>
    </message>
    <message>
        <source>Nothing on record matches the filters.</source>
        <translation>Nenhum registro corresponde aos filtros.</translation>
    </message>
    <message>
        <source>Nothing on record yet.</source>
        <translation>Nenhum registro ainda.</translation>
    </message>
    <message>
        <source>Nothing on record for %1 yet.</source>
        <translation>Nenhum registro de %1 ainda.</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistente: %1</translation>
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
        <translation>%1 (removida)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>Switchboard::InputChecks</name>
    <message>
        <source>The %1 id "%2" is not a Vapi id; it must be a UUID such as 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</source>
        <translation>O id de %1 “%2” não é um id da Vapi; ele deve ser um UUID como 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</translation>
    </message>
    <message>
        <source>The name "%1" is %2 characters long; Vapi allows at most 40, so shorten it.</source>
        <translation>O nome “%1” tem %2 caracteres; a Vapi permite no máximo 40, então encurte-o.</translation>
    </message>
    <message>
        <source>The area code "%1" must be exactly three digits, such as 415.</source>
        <translation>O código de área “%1” deve ter exatamente três dígitos, como 415.</translation>
    </message>
    <message>
        <source>The SIP URI is not usable: %1.</source>
        <translation>A URI SIP não pode ser usada: %1.</translation>
    </message>
    <message>
        <source>The SIP URI must be on %1 for this account's region, as in sip:%2@%1.</source>
        <translation>A URI SIP deve estar em %1 para a região desta conta, como em sip:%2@%1.</translation>
    </message>
    <message>
        <source>The number to import is not usable: %1.</source>
        <translation>O número a importar não pode ser usado: %1.</translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hex digits; copy it from the Twilio console.</source>
        <translation>O Account SID do Twilio deve ser AC seguido de 32 dígitos hexadecimais; copie-o do console do Twilio.</translation>
    </message>
    <message>
        <source>Importing a Twilio number needs either the auth token or an API key with its secret (exactly one of the two).</source>
        <translation>Importar um número do Twilio exige o token de autenticação ou uma chave de API com o segredo (exatamente um dos dois).</translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hex digits, and its secret must not be empty.</source>
        <translation>A chave de API do Twilio deve ser SK seguido de 32 dígitos hexadecimais, e o segredo não pode estar vazio.</translation>
    </message>
    <message>
        <source>The Twilio user must be an Account SID (AC…) or an API key SID (SK…), 34 characters long.</source>
        <translation>O usuário do Twilio deve ser um Account SID (AC…) ou um SID de chave de API (SK…), com 34 caracteres.</translation>
    </message>
    <message>
        <source>The Twilio auth token or API key secret is empty; paste it from the Twilio console.</source>
        <translation>O token de autenticação ou o segredo da chave de API do Twilio está vazio; cole-o do console do Twilio.</translation>
    </message>
    <message>
        <source>"%1" is not a Twilio phone number SID; it must be PN followed by 32 hex digits.</source>
        <translation>“%1” não é um SID de número do Twilio; ele deve ser PN seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>The friendly name is %1 characters long; Twilio allows at most 64, so shorten it.</source>
        <translation>O nome amigável tem %1 caracteres; o Twilio permite no máximo 64, então encurte-o.</translation>
    </message>
    <message>
        <source>Buying a Twilio number needs either the number or an area code (exactly one of the two).</source>
        <translation>Comprar um número do Twilio exige o número ou um código de área (exatamente um dos dois).</translation>
    </message>
    <message>
        <source>The number to buy is not usable: %1.</source>
        <translation>O número a comprar não pode ser usado: %1.</translation>
    </message>
    <message>
        <source>The country "%1" must be a two-letter ISO code such as US or GB.</source>
        <translation>O país “%1” deve ser um código ISO de duas letras, como US ou GB.</translation>
    </message>
    <message>
        <source>"Contains" must be 2 to 16 letters or digits (with * for any one character), such as 555 or *PIZZA*.</source>
        <translation>“Contém” deve ter de 2 a 16 letras ou dígitos (com * para um caractere qualquer), como 555 ou *PIZZA*.</translation>
    </message>
    <message>
        <source>A free Vapi number takes an area code or a SIP URI, not both; leave one of them empty.</source>
        <translation>Um número gratuito da Vapi aceita um código de área ou uma URI SIP, não ambos; deixe um deles vazio.</translation>
    </message>
</context>
<context>
    <name>Switchboard::KeychainSecretStore</name>
    <message>
        <source>%1 could not be removed from the keychain (%2). Remove the entry "%3" in your keychain's own tool, then try again.</source>
        <translation>Não foi possível remover %1 do chaveiro (%2). Remova a entrada “%3” com a ferramenta do seu chaveiro e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>
            <numerusform>sem resposta em %n segundo; ele pode estar bloqueado e aguardando uma solicitação de senha que não pode ser exibida</numerusform>
            <numerusform>sem resposta em %n segundos; ele pode estar bloqueado e aguardando uma solicitação de senha que não pode ser exibida</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard — sandbox demo</source>
        <translation>Switchboard — demo de testes</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
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
        <translation>Fila manual</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>o espaço de trabalho</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Dar ao assistente selecionado um número de telefone pela cadeia de provisionamento</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>A Vapi está inacessível: o provisionamento aguarda a conexão.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Show the history; these count as seen</source>
        <translation>Mostrar o histórico; estes contam como vistos</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n recebeu um número</numerusform>
            <numerusform>%n receberam um número</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n espera na fila manual</numerusform>
            <numerusform>%n esperam na fila manual</numerusform>
        </translation>
    </message>
    <message>
        <source>New assistants since you last looked: %1</source>
        <translation>Assistentes novos desde a última vez que você olhou: %1</translation>
    </message>
    <message>
        <source>New assistants provisioned automatically</source>
        <translation>Assistentes novos provisionados automaticamente</translation>
    </message>
    <message>
        <source>The team database does not answer (%1): settings and organizations open again when the status bar shows it online.</source>
        <translation>O banco de dados da equipe não responde (%1): as configurações e as organizações abrem de novo quando a barra de status o mostrar on-line.</translation>
    </message>
    <message>
        <source>The workspace is still being read; open Settings again in a moment.</source>
        <translation>O espaço de trabalho ainda está sendo lido; abra as Configurações de novo em instantes.</translation>
    </message>
    <message>
        <source>Select an assistant without a number first, or use "Provision all unassigned".</source>
        <translation>Selecione primeiro um assistente sem número, ou use "Provisionar todos sem número".</translation>
    </message>
    <message>
        <source>History exported (records: %1).</source>
        <translation>Histórico exportado (registros: %1).</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Dê a cada assistente Vapi dos seus clientes um número de telefone que funcione: primeiro números Vapi gratuitos, depois Twilio, com um registro de cada passo. Comece configurando seu espaço de trabalho com a conta Vapi da sua agência, ou explore a demo de testes.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurar o espaço de trabalho</translation>
    </message>
    <message>
        <source>The workspace is set up. Add your first customer organization: its assistants are listed from the Vapi account that serves it, and each gets a number.</source>
        <translation>O espaço de trabalho está configurado. Adicione sua primeira organização cliente: seus assistentes são lidos da conta Vapi que a atende, e cada um recebe um número.</translation>
    </message>
    <message>
        <source>Add a &amp;customer…</source>
        <translation>Adicionar um &amp;cliente…</translation>
    </message>
    <message>
        <source>Add a customer organization</source>
        <translation>Adicionar uma organização cliente</translation>
    </message>
    <message>
        <source>The workspace is set up.</source>
        <translation>O espaço de trabalho está configurado.</translation>
    </message>
    <message>
        <source>Select an assistant without a number in the Assistants tab, or use "Provision all unassigned".</source>
        <translation>Selecione um assistente sem número na aba Assistentes, ou use "Provisionar todos sem número".</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>&amp;Configurar o espaço de trabalho…</translation>
    </message>
    <message>
        <source>The workspace's Vapi account has no key that works: it is missing from the keychain, or Vapi refused it. Enter it again in the workspace's settings; then add your first customer organization.</source>
        <translation>A conta Vapi do espaço de trabalho não tem uma chave que funcione: ela falta no chaveiro, ou a Vapi a recusou. Digite-a novamente nas configurações do espaço de trabalho; depois adicione sua primeira organização cliente.</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts.</source>
        <translation>O idioma muda na próxima vez que o Switchboard for iniciado.</translation>
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
        <translation>deve estar em %1, o host da região da conta (não %2)</translation>
    </message>
    <message>
        <source>existing number</source>
        <translation>número existente</translation>
    </message>
    <message>
        <source>manual task #%1 is not open</source>
        <translation>a tarefa manual nº %1 não está aberta</translation>
    </message>
    <message>
        <source>no Vapi account serves the task's organization</source>
        <translation>nenhuma conta Vapi atende a organização da tarefa</translation>
    </message>
    <message>
        <source>existing number: %1 already answers another assistant; reassign it from the Numbers tab instead</source>
        <translation>número existente: %1 já leva a outro assistente; reatribua-o pela aba Números</translation>
    </message>
    <message>
        <source>number: no Twilio account is set up to import it from; add the organization's or the workspace's Twilio account first</source>
        <translation>número: nenhuma conta Twilio está configurada para importá-lo; adicione primeiro a conta Twilio da organização ou do espaço de trabalho</translation>
    </message>
    <message>
        <source>%1 was assigned, but the task could not be closed: %2</source>
        <translation>%1 foi atribuído, mas não foi possível fechar a tarefa: %2</translation>
    </message>
    <message>
        <source>Assigned %1; manual task #%2 is closed.</source>
        <translation>%1 atribuído; a tarefa manual nº %2 está fechada.</translation>
    </message>
    <message>
        <source>The workspace could not note the number (%1); the next refresh will.</source>
        <translation>O espaço de trabalho não conseguiu registrar o número (%1); a próxima atualização fará isso.</translation>
    </message>
    <message>
        <source>%1 belongs to another organization in this Vapi account; give this assistant a number of its own organization.</source>
        <translation>%1 pertence a outra organização nesta conta Vapi; dê a este assistente um número da própria organização.</translation>
    </message>
    <message>
        <source>%1 already has a number (%2): drop this task, or take that number away on the Numbers tab first.</source>
        <translation>%1 já tem um número (%2): descarte esta tarefa, ou retire antes esse número na aba Números.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualQueueView</name>
    <message>
        <source>Drop the task</source>
        <translation>Descartar a tarefa</translation>
    </message>
    <message>
        <source>Drop the task for %1 without giving it a number?</source>
        <translation>Descartar a tarefa de %1 sem dar um número a ele?</translation>
    </message>
    <message>
        <source>%1 stays without a number until it is provisioned again.</source>
        <translation>%1 fica sem número até ser provisionado novamente.</translation>
    </message>
    <message>
        <source>Drop task</source>
        <translation>Descartar tarefa</translation>
    </message>
    <message>
        <source>Select a task to see why the chain could not give the assistant a number.</source>
        <translation>Selecione uma tarefa para ver por que a cadeia não conseguiu dar um número ao assistente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why %1 has no number yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por que %1 ainda não tem número&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open tasks: every assistant the chain handled got a number.</source>
        <translation>Nenhuma tarefa aberta: todos os assistentes tratados pela cadeia receberam um número.</translation>
    </message>
    <message>
        <source>Open tasks: %1</source>
        <translation>Tarefas abertas: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskModel</name>
    <message>
        <source>Removed organization</source>
        <translation>Organização removida</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Assistente %1</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Aguardando desde</translation>
    </message>
    <message>
        <source>Why the chain could not</source>
        <translation>Por que a cadeia falhou</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskStore</name>
    <message>
        <source>The assistant has an open task already.</source>
        <translation>O assistente já tem uma tarefa aberta.</translation>
    </message>
    <message>
        <source>Task %1 is no longer open: it was completed or dropped, perhaps from another console.</source>
        <translation>A tarefa %1 não está mais aberta: foi concluída ou descartada, talvez em outro console.</translation>
    </message>
    <message>
        <source>Waiting in the manual queue: %1</source>
        <translation>Aguardando na fila manual: %1</translation>
    </message>
    <message>
        <source>Manual task completed with %1</source>
        <translation>Tarefa manual concluída com %1</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Tarefa manual descartada</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>Aguardando na fila manual</translation>
    </message>
    <message>
        <source>Manual task #%1 is closed.</source>
        <translation>A tarefa manual #%1 está fechada.</translation>
    </message>
    <message>
        <source>Manual task #%1 could not be closed (%2); close it in the manual queue.</source>
        <translation>Não foi possível fechar a tarefa manual #%1 (%2); feche-a na fila manual.</translation>
    </message>
</context>
<context>
    <name>Switchboard::MemorySecretStore</name>
    <message>
        <source>The operation failed.</source>
        <translation>A operação falhou.</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberAssignment</name>
    <message>
        <source>No number in Vapi has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Nenhum número no Vapi tem o id %1 (conforme a última atualização); atualize e tente novamente.</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer in the workspace.</source>
        <translation>A conta Vapi de %1 não está mais no espaço de trabalho.</translation>
    </message>
    <message>
        <source>No assistant has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Nenhum assistente tem o id %1 (conforme a última atualização); atualize e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is in another Vapi account than %2: a number can only answer an assistant of its own account.</source>
        <translation>%1 está em outra conta Vapi que %2: um número só pode levar a um assistente da própria conta.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, and %3 to another organization: one customer's number never answers another customer's assistant.</source>
        <translation>%1 pertence a %2, e %3 a outra organização: o número de um cliente nunca leva ao assistente de outro cliente.</translation>
    </message>
    <message>
        <source>%1 answers no assistant already.</source>
        <translation>%1 já não leva a nenhum assistente.</translation>
    </message>
    <message>
        <source>%1 answers that assistant already.</source>
        <translation>%1 já leva a esse assistente.</translation>
    </message>
    <message>
        <source>%1 no longer answers any assistant.</source>
        <translation>%1 não leva mais a nenhum assistente.</translation>
    </message>
    <message>
        <source>The workspace could not note it (%1); the next refresh will.</source>
        <translation>O espaço de trabalho não conseguiu registrar isso (%1); a próxima atualização o fará.</translation>
    </message>
    <message>
        <source>%1 now answers %2.</source>
        <translation>%1 agora atende %2.</translation>
    </message>
    <message>
        <source>It could not be recorded in the history: %1</source>
        <translation>Não foi possível registrar no histórico: %1</translation>
    </message>
    <message>
        <source>%1 was not unassigned: %2</source>
        <translation>%1 não foi desatribuído: %2</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2</source>
        <translation>%1 não foi atribuído: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberBuying</name>
    <message>
        <source>Nothing can be bought</source>
        <translation>Nada pode ser comprado</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPoolStore</name>
    <message>
        <source>%1 is in the pool of another Twilio account of the workspace: a number is in one pool only. Remove it there first.</source>
        <translation>%1 já está na reserva de outra conta Twilio do espaço de trabalho: um número fica em uma só reserva. Remova-o de lá primeiro.</translation>
    </message>
    <message>
        <source>That number is no longer in the pool.</source>
        <translation>Esse número não está mais na reserva.</translation>
    </message>
    <message>
        <source>That number is no longer an available number of its pool (an assistant got it meanwhile, or it was removed).</source>
        <translation>Esse número não é mais um número disponível da sua reserva (um assistente o recebeu nesse meio-tempo, ou ele foi removido).</translation>
    </message>
    <message>
        <source>That purchase is no longer recorded in the workspace.</source>
        <translation>Essa compra não está mais registrada no espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 added to the pool of %2</source>
        <translation>%1 adicionado ao pool de %2</translation>
    </message>
    <message>
        <source>%1 taken out of the pool of %2</source>
        <translation>%1 retirado do pool de %2</translation>
    </message>
    <message>
        <source>a Twilio account</source>
        <translation>uma conta Twilio</translation>
    </message>
    <message>
        <source>the workspace's Twilio account %1</source>
        <translation>a conta Twilio %1 do espaço de trabalho</translation>
    </message>
    <message>
        <source>%1 bought on %2</source>
        <translation>%1 comprado em %2</translation>
    </message>
    <message>
        <source>%1 bought on %2 (found on Twilio, bought by an earlier request)</source>
        <translation>%1 comprado em %2 (encontrado na Twilio, comprado por uma solicitação anterior)</translation>
    </message>
    <message>
        <source>the Twilio account %2 of %1</source>
        <translation>a conta Twilio %2 de %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPurchase</name>
    <message>
        <source>That organization is no longer in the workspace.</source>
        <translation>Essa organização não está mais no espaço de trabalho.</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>conta Twilio do espaço de trabalho</translation>
    </message>
    <message>
        <source>Neither %1 nor the workspace has a Twilio account to buy in: add one first.</source>
        <translation>Nem %1 nem o espaço de trabalho têm uma conta Twilio para comprar: adicione uma primeiro.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account to buy in: add one in Settings first.</source>
        <translation>O espaço de trabalho não tem uma conta Twilio para comprar: adicione uma primeiro nas Configurações.</translation>
    </message>
    <message>
        <source>Buying is off for %1: allow it, with a monthly limit, first (%2).</source>
        <translation>A compra está desativada para a %1: permita-a primeiro, com um limite mensal (%2).</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers: %1</source>
        <translation>A Twilio não conseguiu procurar números: %1</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2, counting purchases in progress; nothing was bought.</source>
        <translation>O limite de compras de %1 deste mês foi atingido para a %2, contando as compras em andamento; nada foi comprado.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio sold %1 (%2). The next start of Switchboard asks Twilio and puts it in the pool if it was.</source>
        <translation>Não se sabe se a Twilio vendeu %1 (%2). O próximo início do Switchboard pergunta à Twilio e o coloca na reserva, se foi vendido.</translation>
    </message>
    <message>
        <source>Twilio no longer offers %1 (someone bought it meanwhile): search again.</source>
        <translation>A Twilio não oferece mais %1 (alguém o comprou nesse meio-tempo): pesquise novamente.</translation>
    </message>
    <message>
        <source>Twilio did not sell %1: %2</source>
        <translation>A Twilio não vendeu %1: %2</translation>
    </message>
    <message>
        <source>%1 was bought on %2 but could not be recorded in the workspace (%3); the next start of Switchboard puts it in the pool.</source>
        <translation>%1 foi comprado com a %2, mas não pôde ser registrado no espaço de trabalho (%3); o próximo início do Switchboard o coloca na reserva.</translation>
    </message>
    <message>
        <source>%1 was bought on %2 and is in its pool, free for the next assistant.</source>
        <translation>%1 foi comprado com a %2 e está na reserva, livre para o próximo assistente.</translation>
    </message>
    <message>
        <source>File → Edit organization…, Numbers page</source>
        <translation>Arquivo → Editar organização…, página Números</translation>
    </message>
    <message>
        <source>File → Settings…, Workspace tab</source>
        <translation>Arquivo → Configurações…, guia Espaço de trabalho</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2 (%3 bought or being bought). The limit can be raised in %4.</source>
        <translation>O limite de compras de %1 deste mês foi atingido para a %2 (%3 compradas ou em compra). O limite pode ser aumentado em %4.</translation>
    </message>
    <message>
        <source>the Twilio account of %1</source>
        <translation>conta Twilio de %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberRelease</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>a conta Twilio da organização</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>a conta Twilio do espaço de trabalho</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer known; refresh and try again.</source>
        <translation>A conta Vapi de %1 não é mais conhecida; atualize e tente novamente.</translation>
    </message>
    <message>
        <source>Vapi did not release %1.</source>
        <translation>O Vapi não liberou %1.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>O histórico não conseguiu registrar isso: %1</translation>
    </message>
    <message>
        <source>%1 left Vapi, but the workspace could not forget it: %2</source>
        <translation>%1 saiu do Vapi, mas o espaço de trabalho não conseguiu esquecê-lo: %2</translation>
    </message>
    <message>
        <source>Released %1 from Vapi; it is back in the number pool of %2, which Twilio still bills for it.</source>
        <translation>%1 liberado do Vapi; voltou à reserva de números de %2, que o Twilio continua cobrando por ele.</translation>
    </message>
    <message>
        <source>Released %1 from Vapi, but it could not be put back in the number pool of %2: %3</source>
        <translation>%1 liberado do Vapi, mas não foi possível devolvê-lo à reserva de números de %2: %3</translation>
    </message>
    <message>
        <source>Released %1 from Vapi.</source>
        <translation>%1 liberado do Vapi.</translation>
    </message>
    <message>
        <source>The Twilio account of %1 is no longer known.</source>
        <translation>A conta Twilio de %1 não é mais conhecida.</translation>
    </message>
    <message>
        <source>%1 was not released on Twilio: the workspace refused a write (%2).</source>
        <translation>%1 não foi liberado no Twilio: o espaço de trabalho recusou uma gravação (%2).</translation>
    </message>
    <message>
        <source>%1 is no longer an available number of its pool (an assistant got it meanwhile, or it was removed); it was not released on Twilio.</source>
        <translation>%1 não é mais um número disponível da sua reserva (um assistente o recebeu nesse meio-tempo, ou ele foi removido); não foi liberado no Twilio.</translation>
    </message>
    <message>
        <source>%1 could not be put back in its pool: %2</source>
        <translation>Não foi possível devolver %1 à sua reserva: %2</translation>
    </message>
    <message>
        <source>Released %1 on Twilio: it left %2 and its monthly bill stops.</source>
        <translation>%1 liberado no Twilio: saiu de %2 e a cobrança mensal para.</translation>
    </message>
    <message>
        <source>%1 was no longer in %2 (released there already); it left the pool.</source>
        <translation>%1 não estava mais em %2 (já liberado lá); saiu da reserva.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio released %1; it stays out of the pool. Check the numbers of %2 in the Twilio Console.</source>
        <translation>Não se sabe se o Twilio liberou %1; ele fica fora da reserva. Verifique os números de %2 no Twilio Console.</translation>
    </message>
    <message>
        <source>Twilio did not release %1; it stays in the pool of %2.</source>
        <translation>O Twilio não liberou %1; ele continua na reserva de %2.</translation>
    </message>
    <message>
        <source>Twilio did not release %1, and it could not be put back in the pool of %2: %3</source>
        <translation>O Twilio não liberou %1, e não foi possível devolvê-lo à reserva de %2: %3</translation>
    </message>
    <message>
        <source>(%1 said: %2)</source>
        <translation>(%1 respondeu: %2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersExport</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>Não é possível gravar %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>Não foi possível gravar %1: %2. Nada foi salvo; libere espaço nesse local ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>Não foi possível concluir %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersModel</name>
    <message>
        <source>Reserved by an attempt</source>
        <translation>Reservado por uma tentativa</translation>
    </message>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>Na reserva, não na Vapi</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>None: calls are hung up</source>
        <translation>Nenhum: as chamadas são desligadas</translation>
    </message>
    <message>
        <source>%1 is in Vapi with no assistant: calls to it are hung up. Assign it to an assistant, or release it.</source>
        <translation>%1 está na Vapi sem assistente: as chamadas para ele são desligadas. Atribua-o a um assistente ou libere-o.</translation>
    </message>
    <message>
        <source>Warning: no assistant, calls are hung up</source>
        <translation>Aviso: sem assistente, as chamadas são desligadas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>In the pool; Twilio does not hold it</source>
        <translation>No pool; o Twilio não o possui</translation>
    </message>
    <message>
        <source>In the pool; cannot take calls</source>
        <translation>No pool; não aceita chamadas</translation>
    </message>
    <message>
        <source>In the pool; calls go to an application or trunk</source>
        <translation>No pool; as chamadas vão para um aplicativo ou trunk</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersView</name>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>Na reserva, não na Vapi</translation>
    </message>
    <message>
        <source>It is a free Vapi number: it counts against the account's free numbers while Vapi holds it.</source>
        <translation>É um número gratuito da Vapi: ele conta entre os números gratuitos da conta enquanto a Vapi o mantiver.</translation>
    </message>
    <message>
        <source>It is a Twilio number: it costs about %1 a month in Twilio while the account owns it.</source>
        <translation>É um número do Twilio: custa cerca de %1 por mês no Twilio enquanto a conta o possuir.</translation>
    </message>
    <message>
        <source>Its carrier bills for it as agreed with them.</source>
        <translation>A operadora cobra por ele conforme o combinado com ela.</translation>
    </message>
    <message>
        <source>%1 (has %2)</source>
        <translation>%1 (tem %2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Atribuir %1</translation>
    </message>
    <message>
        <source>There is no other assistant in this organization to assign %1 to.</source>
        <translation>Não há outro assistente nesta organização a quem atribuir %1.</translation>
    </message>
    <message>
        <source>Calls to %1 will reach the assistant you choose.</source>
        <translation>As chamadas para %1 chegarão ao assistente que você escolher.</translation>
    </message>
    <message>
        <source>%1 loses it, and cannot be called until it gets another number.</source>
        <translation>%1 o perde e não poderá receber chamadas até ganhar outro número.</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>Reatribuir %1</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reatribuir</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Desatribuir %1</translation>
    </message>
    <message>
        <source>Unassign %1 from %2?</source>
        <translation>Desatribuir %1 de %2?</translation>
    </message>
    <message>
        <source>Calls to %1 will be hung up, and %2 cannot be called, until the number is assigned again. %3</source>
        <translation>As chamadas para %1 serão desligadas, e %2 não poderá receber chamadas, até que o número seja atribuído de novo. %3</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Desatribuir</translation>
    </message>
    <message>
        <source>The number goes back to Vapi and frees one of the account's free numbers for another assistant. It may not be possible to get the same number again.</source>
        <translation>O número volta para a Vapi e libera um dos números gratuitos da conta para outro assistente. Talvez não seja possível obter o mesmo número de novo.</translation>
    </message>
    <message>
        <source>The number leaves Vapi; your carrier keeps billing for it as agreed.</source>
        <translation>O número sai da Vapi; sua operadora continua cobrando por ele conforme o combinado.</translation>
    </message>
    <message>
        <source>%1 will have no number: nobody can call it until it gets another.</source>
        <translation>%1 ficará sem número: ninguém poderá ligar para ele até que receba outro.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Liberar %1</translation>
    </message>
    <message>
        <source>Release %1 from Vapi?</source>
        <translation>Liberar %1 da Vapi?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation>Reatri&amp;buir…</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>Atri&amp;buir…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: changes wait for the connection.</source>
        <translation>A Vapi está inacessível: as alterações aguardam a conexão.</translation>
    </message>
    <message>
        <source>This pool number is not in Vapi yet: the provisioning chain imports it when an assistant needs it.</source>
        <translation>Este número da reserva ainda não está na Vapi: a cadeia de provisionamento o importa quando um assistente precisar.</translation>
    </message>
    <message>
        <source>Numbers in Vapi with no assistant: %1. Calls to them are hung up: assign them or release them.</source>
        <translation>Números na Vapi sem assistente: %1. As chamadas para eles são desligadas: atribua-os ou libere-os.</translation>
    </message>
    <message>
        <source>The number leaves Vapi but stays in the Twilio account, where it still costs about %1 a month. A number of a Twilio pool goes back to the pool for the next assistant, and you are then asked whether to release it on Twilio as well, which stops the bill.</source>
        <translation>O número sai do Vapi, mas continua na conta Twilio, onde ainda custa cerca de %1 por mês. Um número de uma reserva do Twilio volta à reserva para o próximo assistente, e depois você é perguntado se quer liberá-lo também no Twilio, o que encerra a cobrança.</translation>
    </message>
    <message>
        <source>%1 (waits in the manual queue)</source>
        <translation>%1 (aguarda na fila manual)</translation>
    </message>
    <message>
        <source>An assistant that waits in the manual queue has its task closed with this number.</source>
        <translation>Um assistente que aguarda na fila manual tem sua tarefa fechada com este número.</translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation>Exportar os números</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Exported to %1 (numbers: %2).</source>
        <translation>Exportado para %1 (números: %2).</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Copy &amp;Vapi id</source>
        <translation>Copiar id da &amp;Vapi</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>Copiar id do &amp;assistente</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Abrir o &amp;painel da Vapi</translation>
    </message>
    <message>
        <source>Open the &amp;Twilio console</source>
        <translation>Abrir o &amp;console da Twilio</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationListModel</name>
    <message>
        <source>All organizations</source>
        <translation>Todas as organizações</translation>
    </message>
    <message>
        <source>All organizations; workspace account: %1</source>
        <translation>Todas as organizações; conta do espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>%1 (%2); stage: %3; %4</source>
        <translation>%1 (%2); estágio: %3; %4</translation>
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
        <translation>Precisa de Twilio</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationRemoval</name>
    <message>
        <source>%1 was not removed, and nothing was changed: its secrets could not be deleted from the keychain. %2</source>
        <translation>%1 não foi removida e nada foi alterado: seus segredos não puderam ser apagados do chaveiro. %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 não foi removida: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSave</name>
    <message>
        <source>the Vapi private key</source>
        <translation>a chave privada da Vapi</translation>
    </message>
    <message>
        <source>the Twilio API key secret</source>
        <translation>o segredo da chave de API da Twilio</translation>
    </message>
    <message>
        <source>the Twilio auth token</source>
        <translation>o token de autenticação da Twilio</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>Nada foi salvo: não há chaveiro para guardar os segredos.</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>O espaço de trabalho está ocupado; tente novamente.</translation>
    </message>
    <message>
        <source>Vapi private key: there is no Vapi account to keep it for.</source>
        <translation>Chave privada da Vapi: não há conta Vapi para a qual guardá-la.</translation>
    </message>
    <message>
        <source>Twilio secret: the organization has no Twilio account of its own to keep it for.</source>
        <translation>Segredo da Twilio: a organização não tem conta Twilio própria para a qual guardá-lo.</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not give %1 back to be replaced. %2</source>
        <translation>Nada foi salvo: o chaveiro não devolveu %1 para ser substituído. %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take %1. %2</source>
        <translation>Nada foi salvo: o chaveiro não aceitou %1. %2</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was saved.</source>
        <translation>Não foi possível gravar no espaço de trabalho; nada foi salvo.</translation>
    </message>
    <message>
        <source>The keychain may still hold %1; it is not in use and can be removed with the keychain's own tool.</source>
        <translation>O chaveiro ainda pode conter %1; não está em uso e pode ser removido com a ferramenta do próprio chaveiro.</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSetup</name>
    <message>
        <source>slug</source>
        <translation>identificador curto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>código de área</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID da conta Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID da chave de API do Twilio</translation>
    </message>
    <message>
        <source>is needed with an API key: the account SID stays in every request's path</source>
        <translation>é necessário com uma chave de API: o SID da conta fica no caminho de cada solicitação</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>reserva de números</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account SID: the numbers must belong to that account</source>
        <translation>precisa do SID da conta Twilio da organização: os números devem pertencer a essa conta</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>limite de compras</translation>
    </message>
    <message>
        <source>must be between 0 and 1000 a month</source>
        <translation>deve estar entre 0 e 1000 por mês</translation>
    </message>
    <message>
        <source>allow purchase</source>
        <translation>permitir compras</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account to buy in</source>
        <translation>precisa da conta Twilio da organização para comprar nela</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>O espaço de trabalho está ocupado; tente novamente.</translation>
    </message>
    <message>
        <source>organization %1 does not exist</source>
        <translation>a organização %1 não existe</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed.</source>
        <translation>Não foi possível gravar no espaço de trabalho; nada foi alterado.</translation>
    </message>
    <message>
        <source>cannot be checked against the other pools: %1</source>
        <translation>não pode ser verificado com os outros pools: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>free-number cap</source>
        <translation>limite de números gratuitos</translation>
    </message>
    <message>
        <source>belongs to the organization's own Vapi account; the workspace's cap is one of the workspace's settings</source>
        <translation>pertence à conta Vapi própria da organização; o limite do espaço de trabalho é uma das configurações dele</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>deve estar entre 0 e %1</translation>
    </message>
    <message>
        <source>slug: stays "%1" once the organization exists; scripts and exports name it by its slug</source>
        <translation>identificador curto: continua "%1" depois que a organização existe; scripts e exportações a nomeiam pelo identificador curto</translation>
    </message>
    <message>
        <source>number pool: %1 is in use (an assistant has it, or a provisioning holds it) and stays in the pool; put it back in the list, or release it from the Numbers tab first</source>
        <translation>reserva de números: %1 está em uso (um assistente o tem, ou um provisionamento o retém) e fica na reserva; coloque-o de volta na lista, ou libere-o primeiro na guia Números</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationStore</name>
    <message>
        <source>must be zero or more</source>
        <translation>deve ser zero ou mais</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>identificador curto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>código de área</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>limite de compras</translation>
    </message>
    <message>
        <source>slug: an organization called "%1" already exists; choose another slug.</source>
        <translation>identificador curto: já existe uma organização chamada “%1”; escolha outro identificador curto.</translation>
    </message>
    <message>
        <source>The organization "%1" is no longer in the workspace (removed from another console?).</source>
        <translation>A organização “%1” não está mais no espaço de trabalho (removida em outro console?).</translation>
    </message>
    <message>
        <source>That organization is no longer in the workspace (removed from another console?).</source>
        <translation>Essa organização não está mais no espaço de trabalho (removida em outro console?).</translation>
    </message>
    <message>
        <source>Organization "%1" added</source>
        <translation>Organização "%1" adicionada</translation>
    </message>
    <message>
        <source>Organization "%1" changed: %2</source>
        <translation>Organização "%1" alterada: %2</translation>
    </message>
    <message>
        <source>Organization "%1" removed; its history stays</source>
        <translation>Organização "%1" removida; seu histórico permanece</translation>
    </message>
    <message>
        <source>Organization "%1" removed with its %2; its history stays</source>
        <translation>Organização "%1" removida com %2; seu histórico permanece</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>conta Vapi</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>conta Twilio</translation>
    </message>
    <message>
        <source>pool number</source>
        <translation>número do pool</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationWizard</name>
    <message>
        <source>is needed to reach the account; %1</source>
        <translation>é necessária para acessar a conta; %1</translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation>Editar a organização</translation>
    </message>
    <message>
        <source>Set up an organization</source>
        <translation>Configurar uma organização</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> por mês</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Chave privada da Vapi</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticação do Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Segredo da chave de API do Twilio</translation>
    </message>
    <message>
        <source>find it in the Vapi dashboard under API Keys</source>
        <translation>ela fica no painel da Vapi, em “API Keys”</translation>
    </message>
    <message>
        <source>is needed for the organization's own Twilio account; it is on the Twilio console's home page</source>
        <translation>é necessário para a conta Twilio própria da organização; ele está na página inicial do console do Twilio</translation>
    </message>
    <message>
        <source>is needed to sign in with an API key; create one in the Twilio console under API keys</source>
        <translation>é necessário para entrar com uma chave de API; crie uma no console do Twilio, em “API keys”</translation>
    </message>
    <message>
        <source>Twilio shows it once, when the API key is created</source>
        <translation>O Twilio o mostra uma única vez, ao criar a chave de API</translation>
    </message>
    <message>
        <source>it is on the Twilio console's home page</source>
        <translation>ele está na página inicial do console do Twilio</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Conta Vapi</translation>
    </message>
    <message>
        <source>The customer's own Vapi account: its region and its private API key. Its free numbers are counted apart from the workspace's.</source>
        <translation>A conta Vapi própria do cliente: a região e a chave de API privada dela. Os números gratuitos dela são contados separadamente dos do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up yet: choose its region and enter its private API key. It serves every organization that does not bring its own.</source>
        <translation>A conta Vapi do espaço de trabalho ainda não está configurada: escolha a região e digite a chave de API privada dela. Ela atende todas as organizações que não trazem a própria.</translation>
    </message>
    <message>
        <source>Leave the key empty to keep the one in the keychain.</source>
        <translation>Deixe a chave vazia para manter a que está no chaveiro.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>= %1: listed twice; kept once</source>
        <translation>= %1: listado duas vezes; mantido uma vez</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1.</source>
        <translation>Números prontos para a reserva: %1.</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2 (see the list).</source>
        <translation>Números prontos para a reserva: %1; inválidos: %2 (veja a lista).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>Nada foi salvo: não há chaveiro para guardar os segredos.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2; in another pool: %3 (see the list).</source>
        <translation>Números prontos para o pool: %1; inválidos: %2; em outro pool: %3 (veja a lista).</translation>
    </message>
    <message>
        <source>Testing the key: which Vapi account does it reach…</source>
        <translation>Testando a chave: qual conta Vapi ela alcança…</translation>
    </message>
    <message>
        <source>is the one %1 uses already: tick "Yes, these organizations share one Vapi account" if that is intended, or enter the key of another account</source>
        <translation>é a que %1 já usa: marque “Sim, estas organizações compartilham uma conta Vapi” se for intencional, ou digite a chave de outra conta</translation>
    </message>
    <message>
        <source>Enter the organization's Twilio account and its secret first (Twilio page).</source>
        <translation>Informe primeiro a conta Twilio da organização e seu segredo (página Twilio).</translation>
    </message>
    <message>
        <source>Clearing in Twilio…</source>
        <translation>Removendo no Twilio…</translation>
    </message>
    <message>
        <source>Asking Twilio…</source>
        <translation>Perguntando ao Twilio…</translation>
    </message>
    <message>
        <source>Twilio holds every number, and each takes calls.</source>
        <translation>O Twilio possui todos os números, e cada um aceita chamadas.</translation>
    </message>
    <message>
        <source>Twilio: %1 cannot be used, %2 send their calls elsewhere, %3 could not be checked (see the list).</source>
        <translation>Twilio: %1 não podem ser usados, %2 enviam as chamadas para outro lugar, %3 não puderam ser verificados (veja a lista).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ %1 (Twilio: ready)</source>
        <translation>✓ %1 (Twilio: pronto)</translation>
    </message>
    <message>
        <source>As the workspace's default: a number automatically</source>
        <translation>Conforme o padrão do espaço de trabalho: um número automaticamente</translation>
    </message>
    <message>
        <source>As the workspace's default: a number on request only</source>
        <translation>Conforme o padrão do espaço de trabalho: um número só a pedido</translation>
    </message>
    <message>
        <source>Get a number automatically</source>
        <translation>Receber um número automaticamente</translation>
    </message>
    <message>
        <source>Get a number only when someone asks</source>
        <translation>Receber um número só quando alguém pedir</translation>
    </message>
    <message>
        <source>Vapi refused this key; copy the private key (not the public one) from the Vapi dashboard's API Keys page, then test it again</source>
        <translation>A Vapi recusou esta chave; copie a chave privada (não a pública) da página API Keys do painel da Vapi e teste-a de novo</translation>
    </message>
    <message>
        <source>Twilio refused these credentials; check the account SID and the secret in the Twilio console, then test them again</source>
        <translation>O Twilio recusou estas credenciais; confira o SID da conta e o segredo no console do Twilio e teste-as de novo</translation>
    </message>
    <message>
        <source>is empty; enter it first</source>
        <translation>está vazio; preencha-o primeiro</translation>
    </message>
    <message>
        <source>? %1: Twilio could not be asked (%2)</source>
        <translation>? %1: não foi possível consultar o Twilio (%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>No pool numbers: past the free numbers, the chain buys them within the monthly limit.</source>
        <translation>Sem números na reserva: depois dos números gratuitos, a cadeia os compra dentro do limite mensal.</translation>
    </message>
    <message>
        <source>No pool numbers, and buying is off: past the free numbers, assistants wait in the manual queue.</source>
        <translation>Sem números na reserva e com compras desativadas: depois dos números gratuitos, os assistentes aguardam na fila manual.</translation>
    </message>
    <message>
        <source>No Twilio account of its own: past the free numbers, the workspace's Twilio account serves it, if it is set up.</source>
        <translation>Sem conta Twilio própria: depois dos números gratuitos, a conta Twilio do espaço de trabalho a atende, se estiver configurada.</translation>
    </message>
    <message>
        <source>The slug stays as it was chosen: scripts, exports and the keychain name the organization by it.</source>
        <translation>O identificador curto fica como foi escolhido: scripts, exportações e o chaveiro nomeiam a organização por ele.</translation>
    </message>
    <message>
        <source>Who the customer is.</source>
        <translation>Quem é o cliente.</translation>
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
        <translation>A conta da Vapi do espaço de trabalho está configurada: nada a preencher aqui. A chave e o limite de números gratuitos são alterados em Arquivo → Configurações….</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identificador curto</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Código de área preferido</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Limite mensal</translation>
    </message>
    <message>
        <source>Pool numbers belong to the organization's own Twilio account: tick it on the Twilio page, or empty the list.</source>
        <translation>Os números da reserva pertencem à conta Twilio própria da organização: marque-a na página da Twilio, ou esvazie a lista.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PhoneAddress</name>
    <message>
        <source>is empty; enter a number in E.164 form such as +14155552671</source>
        <translation>está vazio; digite um número no formato E.164, como +14155552671</translation>
    </message>
    <message>
        <source>"%1" has no country code; write it in E.164 form with a leading + (for example +14155552671)</source>
        <translation>“%1” não tem código de país; escreva-o no formato E.164 com um + no início (por exemplo, +14155552671)</translation>
    </message>
    <message>
        <source>"%1" does not start with a known country code; write it in E.164 form such as +14155552671</source>
        <translation>“%1” não começa com um código de país conhecido; escreva-o no formato E.164, como +14155552671</translation>
    </message>
    <message>
        <source>"%1" is not a phone number; write it in E.164 form such as +14155552671</source>
        <translation>“%1” não é um número de telefone; escreva-o no formato E.164, como +14155552671</translation>
    </message>
    <message>
        <source>"%1" has an extension; Vapi and Twilio need the number alone</source>
        <translation>“%1” tem um ramal; a Vapi e o Twilio precisam só do número</translation>
    </message>
    <message>
        <source>"%1" is not a valid number in its country's numbering plan; check the country code and the number of digits</source>
        <translation>“%1” não é um número válido no plano de numeração do seu país; verifique o código de país e a quantidade de dígitos</translation>
    </message>
    <message>
        <source>"%1" is not a SIP URI; it must look like sip:name@sip.vapi.ai</source>
        <translation>“%1” não é uma URI SIP; ela deve ter a forma sip:nome@sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" needs exactly one user name before one @ host, as in sip:name@sip.vapi.ai</source>
        <translation>“%1” precisa de exatamente um nome de usuário antes de um único host após @, como em sip:nome@sip.vapi.ai</translation>
    </message>
    <message>
        <source>the user name of "%1" may only hold letters, digits and -_.!~*'() (at most 64 characters)</source>
        <translation>o nome de usuário de “%1” só pode conter letras, dígitos e -_.!~*'() (no máximo 64 caracteres)</translation>
    </message>
    <message>
        <source>the host of "%1" is not a domain name such as sip.vapi.ai</source>
        <translation>o host de “%1” não é um nome de domínio como sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" has hidden digits; enter the whole number in E.164 form such as +14155552671</source>
        <translation>"%1" tem dígitos ocultos; digite o número completo no formato E.164, como +14155552671</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckAfterSave</name>
    <message numerus="yes">
        <source>Twilio holds the %n number(s) added to the pool, ready for calls.</source>
        <translation>
            <numerusform>A Twilio tem o %n número adicionado à reserva, pronto para chamadas.</numerusform>
            <numerusform>A Twilio tem os %n números adicionados à reserva, prontos para chamadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be asked about now; the chain asks again before it uses one.</source>
        <translation>
            <numerusform>%n número não pôde ser consultado agora; a cadeia pergunta de novo antes de usá-lo.</numerusform>
            <numerusform>%n números não puderam ser consultados agora; a cadeia pergunta de novo antes de usar um.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers added to the pool were not checked with Twilio (%1); the chain asks before it uses one.</source>
        <translation>Os números adicionados à reserva não foram verificados com a Twilio (%1); a cadeia pergunta antes de usar um.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckRun</name>
    <message>
        <source>The Twilio client was closed.</source>
        <translation>O cliente Twilio foi fechado.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolEditor</name>
    <message>
        <source>Remove from the poo&amp;l</source>
        <translation>T&amp;irar da reserva</translation>
    </message>
    <message>
        <source>Add num&amp;bers (one a line, or separated by commas):</source>
        <translation>Adicionar números (um por &amp;linha, ou separados por vírgulas):</translation>
    </message>
    <message>
        <source>Numbers in the workspace's pool</source>
        <translation>Números da reserva do espaço de trabalho</translation>
    </message>
    <message>
        <source>Only numbers not in use can be taken out: a number in use belongs to an assistant. The number stays in Twilio.</source>
        <translation>Só números que não estão em uso podem ser tirados: um número em uso pertence a um assistente. O número continua no Twilio.</translation>
    </message>
    <message>
        <source>Numbers to add to the pool</source>
        <translation>Números a adicionar à reserva</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: livre</translation>
    </message>
    <message>
        <source>%1: in Vapi, in use</source>
        <translation>%1: na Vapi, em uso</translation>
    </message>
    <message>
        <source>%1: being provisioned</source>
        <translation>%1: sendo atribuído</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Nenhum número ainda.</translation>
    </message>
    <message>
        <source>Its number pool:</source>
        <translation>Sua reserva de números:</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolNumberCheck</name>
    <message>
        <source>Twilio account %1 does not hold %2, so Vapi cannot import it. Add the number to that account, or take it out of the pool.</source>
        <translation>A conta Twilio %1 não possui %2, então o Vapi não pode importá-lo. Adicione o número a essa conta ou tire-o do pool.</translation>
    </message>
    <message>
        <source>%1 cannot take voice calls (Twilio lists no voice capability for it), so an assistant could never answer it. Use a voice-capable number instead.</source>
        <translation>%1 não aceita chamadas de voz (o Twilio não indica capacidade de voz para ele), então um assistente nunca poderia atendê-lo. Use um número com voz.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the SIP trunk %2: Twilio ignores the voice URL Vapi writes while a trunk is set, so calls would never reach the assistant. Clear the trunk (with consent) or take the number out of the pool.</source>
        <translation>%1 envia as chamadas para o trunk SIP %2: o Twilio ignora a URL de voz que o Vapi grava enquanto houver um trunk, então as chamadas nunca chegariam ao assistente. Remova o trunk (com consentimento) ou tire o número do pool.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the TwiML application %2: Twilio ignores the voice URL Vapi writes while an application is set, so calls would never reach the assistant. Clear the application (with consent) or take the number out of the pool.</source>
        <translation>%1 envia as chamadas para o aplicativo TwiML %2: o Twilio ignora a URL de voz que o Vapi grava enquanto houver um aplicativo, então as chamadas nunca chegariam ao assistente. Remova o aplicativo (com consentimento) ou tire o número do pool.</translation>
    </message>
    <message>
        <source>In Twilio account %1; takes voice calls; no application or trunk in front of its voice URL.</source>
        <translation>Na conta Twilio %1; aceita chamadas de voz; nenhum aplicativo ou trunk à frente da sua URL de voz.</translation>
    </message>
    <message>
        <source>Twilio could not be asked about %1 (%2); it keeps its standing until it can.</source>
        <translation>Não foi possível perguntar ao Twilio sobre %1 (%2); ele mantém sua situação até que seja possível.</translation>
    </message>
    <message>
        <source>%1 could not be changed in Twilio (%2). %3</source>
        <translation>%1 não pôde ser alterado no Twilio (%2). %3</translation>
    </message>
    <message>
        <source>%1: cleared its application or trunk; calls now go to the voice URL Vapi writes.</source>
        <translation>%1: aplicativo ou trunk removido; as chamadas agora vão para a URL de voz que o Vapi grava.</translation>
    </message>
    <message>
        <source>%1: ready (%2)</source>
        <translation>%1: pronto (%2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolOwnership</name>
    <message>
        <source>%1 is already in the workspace's pool; a number can be in one pool only.</source>
        <translation>%1 já está no pool do espaço de trabalho; um número só pode estar em um pool.</translation>
    </message>
    <message>
        <source>%1 is already in the number pool of %2; a number can be in one pool only.</source>
        <translation>%1 já está no pool de números de %2; um número só pode estar em um pool.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningDialog</name>
    <message>
        <source>Provisioning %1</source>
        <translation>Provisionando %1</translation>
    </message>
    <message>
        <source>Finding a number for %1: free Vapi numbers first, then Twilio, then the manual queue…</source>
        <translation>Procurando um número para %1: primeiro números gratuitos da Vapi, depois Twilio, depois a fila manual…</translation>
    </message>
    <message>
        <source>%1 already had a number: %2.</source>
        <translation>%1 já tinha um número: %2.</translation>
    </message>
    <message>
        <source>%1 can be called now at %2.</source>
        <translation>%1 já pode receber chamadas em %2.</translation>
    </message>
    <message>
        <source>No link of the chain could give %1 a number; it waits in the manual queue with the reasons below.</source>
        <translation>Nenhum elo da cadeia conseguiu dar um número a %1; ele aguarda na fila manual com os motivos abaixo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2. Vapi is activating it: calls work in a few minutes.</source>
        <translation>%1 tem %2. A Vapi está ativando o número: as chamadas funcionarão em poucos minutos.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningEngine</name>
    <message>
        <source>organization: there is no organization %1</source>
        <translation>organização: não existe a organização %1</translation>
    </message>
    <message>
        <source>assistant: an assistant id is needed</source>
        <translation>assistente: é necessário um id de assistente</translation>
    </message>
    <message>
        <source>Not provisioned: created without a number on request. It is not provisioned automatically; provision it when it needs a number.</source>
        <translation>Não provisionado: criado sem número a pedido. Não é provisionado automaticamente; provisione-o quando precisar de um número.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningJob</name>
    <message>
        <source>No Vapi account serves this organization; set up the workspace's Vapi account first.</source>
        <translation>Nenhuma conta Vapi atende esta organização; configure primeiro a conta Vapi do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Cancelled before a number was assigned.</source>
        <translation>Cancelado antes de um número ser atribuído.</translation>
    </message>
    <message>
        <source>The Vapi key cannot be read: %1</source>
        <translation>Não é possível ler a chave da Vapi: %1</translation>
    </message>
    <message>
        <source>The assistant already has %1; nothing was changed.</source>
        <translation>O assistente já tem %1; nada foi alterado.</translation>
    </message>
    <message>
        <source>Free Vapi number %1 created and assigned.</source>
        <translation>Número gratuito da Vapi %1 criado e atribuído.</translation>
    </message>
    <message>
        <source>Assigned the free Vapi number %1.</source>
        <translation>Número gratuito da Vapi %1 atribuído.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi created the number; nothing more was tried. Provisioning again finds it if it exists.</source>
        <translation>Não se sabe se a Vapi criou o número; nada mais foi tentado. Um novo provisionamento o encontrará, se ele existir.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the free-number request is unknown.</source>
        <translation>Parado: o resultado da solicitação de número gratuito é desconhecido.</translation>
    </message>
    <message>
        <source>Vapi did not create a free number.</source>
        <translation>A Vapi não criou um número gratuito.</translation>
    </message>
    <message>
        <source>The Twilio credentials cannot be read: %1</source>
        <translation>Não é possível ler as credenciais do Twilio: %1</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers.</source>
        <translation>O Twilio não conseguiu pesquisar números.</translation>
    </message>
    <message>
        <source>Twilio has no numbers to buy right now.</source>
        <translation>O Twilio não tem números à venda no momento.</translation>
    </message>
    <message>
        <source>Twilio did not sell the number.</source>
        <translation>O Twilio não vendeu o número.</translation>
    </message>
    <message>
        <source>Stopped: it is unknown whether Twilio sold the number.</source>
        <translation>Parado: não se sabe se o Twilio vendeu o número.</translation>
    </message>
    <message>
        <source>Stopped: the workspace database refused a write.</source>
        <translation>Parado: o banco de dados do espaço de trabalho recusou uma gravação.</translation>
    </message>
    <message>
        <source>Twilio number %1 imported into Vapi and assigned.</source>
        <translation>Número do Twilio %1 importado para a Vapi e atribuído.</translation>
    </message>
    <message>
        <source>Assigned the Twilio number %1.</source>
        <translation>Número do Twilio %1 atribuído.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi imported %1; nothing more was tried.</source>
        <translation>Não se sabe se a Vapi importou %1; nada mais foi tentado.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the import is unknown.</source>
        <translation>Parado: o resultado da importação é desconhecido.</translation>
    </message>
    <message>
        <source>Vapi did not import %1, and whether it holds the number could not be checked.</source>
        <translation>A Vapi não importou %1, e não foi possível verificar se ela tem o número.</translation>
    </message>
    <message>
        <source>Twilio number %1 was already imported and assigned.</source>
        <translation>O número do Twilio %1 já estava importado e atribuído.</translation>
    </message>
    <message>
        <source>%1 is already in Vapi for another assistant; it is no longer offered from the pool.</source>
        <translation>%1 já está na Vapi para outro assistente; ele não é mais oferecido pela reserva.</translation>
    </message>
    <message>
        <source>Vapi did not import %1.</source>
        <translation>A Vapi não importou %1.</translation>
    </message>
    <message>
        <source>Give the assistant a number by hand: type an E.164 number or a SIP URI, or pick an existing unassigned number. Setting up Twilio for the organization or the workspace avoids this next time.</source>
        <translation>Dê um número ao assistente manualmente: digite um número E.164 ou uma URI SIP, ou escolha um número existente não atribuído. Configurar o Twilio para a organização ou o espaço de trabalho evita isso da próxima vez.</translation>
    </message>
    <message>
        <source>Manual task #%1 opened.</source>
        <translation>Tarefa manual nº %1 aberta.</translation>
    </message>
    <message>
        <source>No link of the chain could give a number; manual task #%1 carries the reasons.</source>
        <translation>Nenhum elo da cadeia conseguiu dar um número; a tarefa manual nº %1 traz os motivos.</translation>
    </message>
    <message>
        <source>Stopped before any request: the history could not be written (%1).</source>
        <translation>Parado antes de qualquer solicitação: não foi possível gravar o histórico (%1).</translation>
    </message>
    <message>
        <source>%1 has no assistant %2 that Switchboard knows of, and no Vapi account serves it to look in.</source>
        <translation>%1 não tem nenhum assistente %2 conhecido pelo Switchboard, e nenhuma conta Vapi a atende para verificar.</translation>
    </message>
    <message>
        <source>Nothing was done: the attempt could not be recorded. %1</source>
        <translation>Nada foi feito: a tentativa não pôde ser registrada. %1</translation>
    </message>
    <message>
        <source>Assistant %1 cannot be checked (the Vapi key cannot be read: %2), and it is not known as an assistant of %3.</source>
        <translation>Não é possível verificar o assistente %1 (a chave da Vapi não pode ser lida: %2), e ele não é conhecido como assistente de %3.</translation>
    </message>
    <message>
        <source>There is no assistant %1 in the Vapi account that serves %2.</source>
        <translation>Não há nenhum assistente %1 na conta Vapi que atende %2.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) belongs to %3, not to %4; nothing was done.</source>
        <translation>O assistente %1 (%2) pertence a %3, não a %4; nada foi feito.</translation>
    </message>
    <message>
        <source>The number pool is used up, and this month's purchase limit (%1) is reached, counting purchases in progress.</source>
        <translation>O pool de números está esgotado e o limite de compras deste mês (%1) foi atingido, contando as compras em andamento.</translation>
    </message>
    <message>
        <source>The bought number %1 could not be recorded in the pool: %2</source>
        <translation>O número comprado %1 não pôde ser registrado no pool: %2</translation>
    </message>
    <message>
        <source>No number, and the manual task could not be written: %1</source>
        <translation>Nenhum número, e a tarefa manual não pôde ser gravada: %1</translation>
    </message>
    <message>
        <source>Stopped: the workspace could not record a step, so nothing more was done. %1</source>
        <translation>Interrompido: o espaço de trabalho não conseguiu registrar uma etapa, então nada mais foi feito. %1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); the next start settles it.</source>
        <translation>O resultado não pôde ser registrado (%1); a próxima inicialização o resolverá.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) is not linked to %3; link it to the organization first (Link an assistant in the console, or switchboard-cli assistant link).</source>
        <translation>O assistente %1 (%2) não está vinculado a %3; vincule-o primeiro à organização (Vincular um assistente no console, ou switchboard-cli assistant link).</translation>
    </message>
    <message>
        <source>Twilio refused the purchase: this is a trial account, which may own only one number. Upgrade the Twilio account (Twilio Console, Upgrade); until it is marked upgraded, no number is bought from it.</source>
        <translation>O Twilio recusou a compra: esta é uma conta de avaliação, que só pode ter um número. Faça o upgrade da conta Twilio (Twilio Console, Upgrade); até ela ser marcada como atualizada, nenhum número é comprado nela.</translation>
    </message>
    <message>
        <source>Vapi refused another free number: the account's cap is %1. The cap is now set to what Vapi allows; it is asked again in %2 days, or when you check it again.</source>
        <translation>A Vapi recusou outro número gratuito: o limite da conta é %1. O limite agora é o que a Vapi permite; será perguntado de novo em %2 dias, ou quando você verificar novamente.</translation>
    </message>
    <message>
        <source>Vapi has no free number in area code %1, and %2 takes free numbers from its own area code only.</source>
        <translation>A Vapi não tem número gratuito no código de área %1, e %2 só aceita números gratuitos do próprio código de área.</translation>
    </message>
    <message>
        <source>Vapi had no free number in any area code tried.</source>
        <translation>A Vapi não tinha número gratuito em nenhum código de área tentado.</translation>
    </message>
    <message>
        <source>%1 (checked %2): %3</source>
        <translation>%1 (verificado %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n pool number(s) Twilio said cannot be used; each is asked about again after a day, or at once with `switchboard-cli pool check`. %1</source>
        <translation>
            <numerusform>%n número do pool ignorado porque o Twilio disse que não pode ser usado; ele é consultado de novo após um dia, ou na hora com `switchboard-cli pool check`. %1</numerusform>
            <numerusform>%n números do pool ignorados porque o Twilio disse que não podem ser usados; cada um é consultado de novo após um dia, ou na hora com `switchboard-cli pool check`. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the next pool number.</source>
        <translation>Importar o próximo número do pool.</translation>
    </message>
    <message>
        <source>Pool number %1 was not imported: %2</source>
        <translation>O número do pool %1 não foi importado: %2</translation>
    </message>
    <message>
        <source>Nothing was done: Vapi could not be asked about assistant %1 and its numbers (%2).</source>
        <translation>Nada foi feito: não foi possível consultar a Vapi sobre o assistente %1 e seus números (%2).</translation>
    </message>
    <message>
        <source>Whether the assistant's number %1 still exists could not be checked, so nothing was created: %2</source>
        <translation>Não foi possível verificar se o número %1 do assistente ainda existe, então nada foi criado: %2</translation>
    </message>
    <message>
        <source>Nothing was done: %1.</source>
        <translation>Nada foi feito: %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Reconciliation</name>
    <message>
        <source>Interrupted; no Vapi account serves the organization any more, so nothing can have been created.</source>
        <translation>Interrompido; nenhuma conta Vapi atende mais a organização, então nada pode ter sido criado.</translation>
    </message>
    <message>
        <source>Interrupted before Vapi created or imported a number; nothing was assigned. Provision again.</source>
        <translation>Interrompido antes de a Vapi criar ou importar um número; nada foi atribuído. Provisione novamente.</translation>
    </message>
    <message>
        <source>Found in Vapi after a restart: %1.</source>
        <translation>Encontrado na Vapi após uma reinicialização: %1.</translation>
    </message>
    <message>
        <source>Interrupted by a restart.</source>
        <translation>Interrompido por uma reinicialização.</translation>
    </message>
    <message>
        <source>Completed after a restart: the assistant has %1.</source>
        <translation>Concluído após uma reinicialização: o assistente tem %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ReleaseOnTwilioPrompt</name>
    <message>
        <source>Release %1 on Twilio</source>
        <translation>Liberar %1 no Twilio</translation>
    </message>
    <message>
        <source>Release %1 on Twilio as well?</source>
        <translation>Liberar %1 também no Twilio?</translation>
    </message>
    <message>
        <source>%1 left Vapi and is back in the number pool of %2, for the next assistant. Twilio still bills it, about %3 a month. Releasing it on Twilio stops the bill and takes it out of the pool; it may not be possible to get the same number again.</source>
        <translation>%1 saiu do Vapi e voltou à reserva de números de %2, para o próximo assistente. O Twilio continua cobrando por ele, cerca de %3 por mês. Liberá-lo no Twilio encerra a cobrança e o tira da reserva; talvez não seja possível obter o mesmo número de novo.</translation>
    </message>
    <message>
        <source>Release on Twilio</source>
        <translation>Liberar no Twilio</translation>
    </message>
    <message>
        <source>Keep in the pool</source>
        <translation>Manter na reserva</translation>
    </message>
</context>
<context>
    <name>Switchboard::RemoveOrganizationPrompt</name>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace?</source>
        <translation>Remover %1 do espaço de trabalho?</translation>
    </message>
    <message>
        <source>Its Vapi and Twilio accounts, its number pool and its secrets in the keychain are removed from this workspace. Its assistants and numbers stay in Vapi and Twilio as they are: pool numbers are still billed by Twilio until they are released there. Its history stays, and the removal is recorded with your name.</source>
        <translation>Suas contas Vapi e Twilio, seu pool de números e seus segredos no chaveiro são removidos deste espaço de trabalho. Seus assistentes e números continuam na Vapi e na Twilio como estão: a Twilio continua cobrando os números do pool até que sejam liberados lá. Seu histórico permanece, e a remoção é registrada com seu nome.</translation>
    </message>
    <message>
        <source>&amp;Remove organization</source>
        <translation>&amp;Remover organização</translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingAdvice</name>
    <message>
        <source>None: free numbers need no setup.</source>
        <translation>Nenhum: números gratuitos não precisam de configuração.</translation>
    </message>
    <message>
        <source>Keep provisioning: new assistants get free Vapi numbers.</source>
        <translation>Continue provisionando: novos assistentes recebem números gratuitos da Vapi.</translation>
    </message>
    <message>
        <source>Before the free allowance runs out, set up a Twilio account for the workspace (about 15 minutes, once).</source>
        <translation>Antes que a cota gratuita acabe, configure uma conta Twilio para o espaço de trabalho (cerca de 15 minutos, uma única vez).</translation>
    </message>
    <message>
        <source>Done: Twilio is set up.</source>
        <translation>Pronto: o Twilio está configurado.</translation>
    </message>
    <message>
        <source>About 15 minutes, once: a Twilio account, one number, and its credentials in Switchboard.</source>
        <translation>Cerca de 15 minutos, uma única vez: uma conta Twilio, um número e as credenciais dela no Switchboard.</translation>
    </message>
    <message>
        <source>Set up Twilio for the workspace: create the account, buy a number, and enter the account SID and auth token in Settings.</source>
        <translation>Configure o Twilio para o espaço de trabalho: crie a conta, compre um número e informe o SID da conta e o token de autenticação em Configurações.</translation>
    </message>
    <message>
        <source>Keep a few spare numbers in the Twilio pool, or allow purchases with a monthly limit.</source>
        <translation>Mantenha alguns números de sobra na reserva do Twilio, ou permita compras com um limite mensal.</translation>
    </message>
    <message>
        <source>When customers want their own billing, give them their own Twilio account or subaccount.</source>
        <translation>Quando os clientes quiserem faturamento próprio, dê a eles uma conta ou subconta Twilio própria.</translation>
    </message>
    <message>
        <source>About 30 minutes per organization: a Twilio subaccount, its number pool and its credentials.</source>
        <translation>Cerca de 30 minutos por organização: uma subconta Twilio, a reserva de números e as credenciais dela.</translation>
    </message>
    <message>
        <source>Give each organization its own Twilio subaccount and number pool, for isolated billing and white-label use.</source>
        <translation>Dê a cada organização uma subconta Twilio e uma reserva de números próprias, para faturamento separado e uso em marca branca.</translation>
    </message>
    <message>
        <source>Allow purchases per organization with a monthly limit, so pools refill without manual work.</source>
        <translation>Permita compras por organização com um limite mensal, para que as reservas se reabasteçam sem trabalho manual.</translation>
    </message>
    <message>
        <source>Review the manual-assignment queue weekly.</source>
        <translation>Revise a fila de atribuição manual toda semana.</translation>
    </message>
    <message>
        <source>Vapi dashboard: phone numbers</source>
        <translation>Painel da Vapi: números de telefone</translation>
    </message>
    <message>
        <source>Twilio console: phone numbers</source>
        <translation>Console do Twilio: números de telefone</translation>
    </message>
    <message>
        <source>Twilio pricing</source>
        <translation>Preços do Twilio</translation>
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
        <translation>Twilio para várias organizações</translation>
    </message>
    <message>
        <source>Twilio is set up, but it can give no number: its pool is used up and buying is off. New assistants wait in the manual queue.</source>
        <translation>O Twilio está configurado, mas não pode dar nenhum número: a reserva acabou e as compras estão desativadas. Novos assistentes aguardam na fila manual.</translation>
    </message>
    <message>
        <source>Add numbers the Twilio account owns to its pool, or allow purchases with a monthly limit.</source>
        <translation>Adicione à reserva números que a conta Twilio possui, ou permita compras com um limite mensal.</translation>
    </message>
    <message>
        <source>no Vapi account</source>
        <translation>nenhuma conta Vapi</translation>
    </message>
    <message>
        <source>%L1 in use, cap %L2</source>
        <translation>%L1 em uso, limite %L2</translation>
    </message>
    <message>
        <source>%L1 in use in %L2 Vapi accounts (caps %L3 together)</source>
        <translation>%L1 em uso em %L2 contas Vapi (limites somados: %L3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) full</source>
        <translation>
            <numerusform>; %n conta cheia</numerusform>
            <numerusform>; %n contas cheias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingView</name>
    <message>
        <source>Every assistant fits in the free allowance of Vapi numbers.</source>
        <translation>Todos os assistentes cabem na cota gratuita de números da Vapi.</translation>
    </message>
    <message>
        <source>Past the free allowance: new numbers come from Twilio, at a monthly price each.</source>
        <translation>Além da cota gratuita: novos números vêm do Twilio, cada um com um preço mensal.</translation>
    </message>
    <message>
        <source>Many customers: each organization gets its own Twilio account or subaccount and number pool, billed separately.</source>
        <translation>Muitos clientes: cada organização tem sua própria conta ou subconta Twilio e reserva de números, faturadas separadamente.</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Custo mensal</translation>
    </message>
    <message>
        <source>Monthly cost of numbers as assistants are added</source>
        <translation>Custo mensal dos números conforme assistentes são adicionados</translation>
    </message>
    <message>
        <source>More assistants</source>
        <translation>Assistentes adicionais</translation>
    </message>
    <message>
        <source>US dollars a month</source>
        <translation>Dólares americanos por mês</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Estágio: %1</translation>
    </message>
    <message>
        <source>%1 a month with 10 more assistants, %2 with 50 more.</source>
        <translation>%1 por mês com mais 10 assistentes, %2 com mais 50.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 a month now to %2 a month with %n more assistant(s).</source>
        <translation>
            <numerusform>De %1 por mês agora para %2 por mês com mais %n assistente.</numerusform>
            <numerusform>De %1 por mês agora para %2 por mês com mais %n assistentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %Ln Twilio number(s); free Vapi numbers: %2.</source>
        <translation>
            <numerusform>%1 por mês por %Ln número Twilio; números Vapi gratuitos: %2.</numerusform>
            <numerusform>%1 por mês por %Ln números Twilio; números Vapi gratuitos: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretError</name>
    <message>
        <source>Open Keychain Access, unlock the login keychain, and try again.</source>
        <translation>Abra o Acesso às Chaves, desbloqueie o chaveiro de início de sessão e tente novamente.</translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is running for your user account, and try again.</source>
        <translation>Verifique se o Gerenciador de Credenciais do Windows está em execução para sua conta de usuário e tente novamente.</translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and unlock it, then try again. Over SSH or in a container, run Switchboard inside a D-Bus session with an unlocked keyring (see the README).</source>
        <translation>Inicie um Secret Service (GNOME Keyring ou KWallet) na sua sessão de desktop e desbloqueie-o; depois, tente novamente. Via SSH ou em um contêiner, execute o Switchboard dentro de uma sessão D-Bus com um chaveiro desbloqueado (veja o README).</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Mensagem do chaveiro: %1)</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so Switchboard cannot read or store credentials; everything that needs no credential (the history, the organizations, the manual queue) keeps working. Nothing was saved anywhere else.</source>
        <translation>O chaveiro não pode ser usado, então o Switchboard não consegue ler nem armazenar credenciais; tudo o que não precisa de credenciais (o histórico, as organizações, a fila manual) continua funcionando. Nada foi salvo em outro lugar.</translation>
    </message>
    <message>
        <source>Access to %1 was refused in the keychain. Allow Switchboard access when the keychain asks, and try again.</source>
        <translation>O acesso a %1 foi recusado no chaveiro. Permita o acesso do Switchboard quando o chaveiro pedir e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 não está definido.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretIndex</name>
    <message>
        <source>secret key: only organization and workspace secrets are indexed</source>
        <translation>chave do segredo: só segredos de organizações e do espaço de trabalho são indexados</translation>
    </message>
    <message>
        <source>The workspace could not record that %1 is set: %2</source>
        <translation>O espaço de trabalho não conseguiu registrar que %1 está definido: %2</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 substituído</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 armazenado</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removido</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretInput</name>
    <message>
        <source>standard input cannot be read.</source>
        <translation>não é possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 bytes; give only the secret, on one line.</source>
        <translation>o segredo na entrada padrão tem mais de %1 bytes; informe só o segredo, em uma linha.</translation>
    </message>
    <message>
        <source>standard input holds more than one line; give one secret, on one line.</source>
        <translation>a entrada padrão tem mais de uma linha; informe um único segredo, em uma linha.</translation>
    </message>
    <message>
        <source>no secret was given on standard input; type or pipe it (it is never taken from the command line).</source>
        <translation>nenhum segredo foi informado na entrada padrão; digite-o ou passe-o por um pipe (ele nunca é lido da linha de comando).</translation>
    </message>
    <message>
        <source>the secret on standard input contains a control character; give only the secret, as the service shows it.</source>
        <translation>o segredo na entrada padrão contém um caractere de controle; informe só o segredo, como o serviço o mostra.</translation>
    </message>
    <message>
        <source>the secret on standard input is not UTF-8 text.</source>
        <translation>o segredo na entrada padrão não é texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not taken from the command line: a command line stays in the shell history and every user of this computer can see it. Type it when asked, or pipe it on standard input (for example from your password manager).</source>
        <translation>%1 não é lido da linha de comando: uma linha de comando fica no histórico do shell e qualquer usuário deste computador pode vê-la. Digite-o quando for pedido, ou passe-o por um pipe na entrada padrão (por exemplo, do seu gerenciador de senhas).</translation>
    </message>
    <message>
        <source>standard input holds %1 line(s); give %2 secrets, one a line, in the order asked for.</source>
        <translation>a entrada padrão tem %1 linha(s); informe %2 segredos, um por linha, na ordem pedida.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretKey</name>
    <message>
        <source>Vapi private key</source>
        <translation>Chave privada da Vapi</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>chave de API</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticação do Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Segredo da chave de API do Twilio</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>senha do PostgreSQL</translation>
    </message>
    <message>
        <source>secret key: "%1" is not of the form org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; or workspace/&lt;api&gt;/&lt;purpose&gt;</source>
        <translation>chave do segredo: “%1” não tem a forma org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; nem workspace/&lt;api&gt;/&lt;purpose&gt;</translation>
    </message>
    <message>
        <source>secret key: "%1" is not an organization id (a positive whole number without leading zeros)</source>
        <translation>chave do segredo: “%1” não é um id de organização (um número inteiro positivo sem zeros à esquerda)</translation>
    </message>
    <message>
        <source>secret key: unknown service "%1" (use vapi, twilio or postgres)</source>
        <translation>chave do segredo: serviço desconhecido “%1” (use vapi, twilio ou postgres)</translation>
    </message>
    <message>
        <source>secret key: unknown purpose "%1" (use api-key, auth-token, api-key-secret or password)</source>
        <translation>chave do segredo: finalidade desconhecida “%1” (use api-key, auth-token, api-key-secret ou password)</translation>
    </message>
    <message>
        <source>secret key: %1 has no %2 %3</source>
        <translation>chave do segredo: %1 não tem %2 %3</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>uma organização</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>o espaço de trabalho</translation>
    </message>
    <message>
        <source>an invalid secret key</source>
        <translation>uma chave de segredo inválida</translation>
    </message>
    <message>
        <source>the keychain availability probe</source>
        <translation>o teste de disponibilidade do chaveiro</translation>
    </message>
    <message>
        <source>the workspace %1</source>
        <translation>o espaço de trabalho %1</translation>
    </message>
    <message>
        <source>the %1 of organization %2</source>
        <translation>%1 da organização %2</translation>
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
        <translation>O segredo não tem um nome válido, então nada foi lido nem armazenado.</translation>
    </message>
    <message>
        <source>%1 was not stored: it is %2 bytes long, and a keychain entry holds at most %3 bytes (the limit of Windows Credential Manager, which Switchboard keeps on every system). API keys and tokens are much shorter: copy only the secret itself from the service's console, without the text around it, and try again.</source>
        <translation>%1 não foi guardado: tem %2 bytes, e uma entrada do chaveiro comporta no máximo %3 bytes (o limite do Gerenciador de Credenciais do Windows, que o Switchboard respeita em todos os sistemas). Chaves de API e tokens são muito mais curtos: copie apenas o segredo do console do serviço, sem o texto ao redor, e tente novamente.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <source>Default area code</source>
        <translation>Código de área padrão</translation>
    </message>
    <message>
        <source>Twilio price per number</source>
        <translation>Preço do Twilio por número</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Limite mensal de compras</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Chave privada da Vapi</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID da conta Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID da chave de API do Twilio</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Token de autenticação do Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Segredo da chave de API do Twilio</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arquivo de espaço de trabalho</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL do PostgreSQL</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>A cada %n minuto</numerusform>
            <numerusform>A cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>Somente quando solicitado (F5)</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> por mês</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Aberto agora: %1</translation>
    </message>
    <message>
        <source>It serves every organization that does not bring its own. Leave the key empty to keep the one in the keychain.</source>
        <translation>Ela atende todas as organizações que não trazem a própria. Deixe a chave vazia para manter a que está no chaveiro.</translation>
    </message>
    <message>
        <source>Not set up yet: choose its region and enter its private API key (in the Vapi dashboard under API Keys).</source>
        <translation>Ainda não configurada: escolha a região e digite a chave de API privada dela (no painel da Vapi, em “API Keys”).</translation>
    </message>
    <message>
        <source>is empty: enter the team server's address, such as postgresql://user@db.example.com/switchboard</source>
        <translation>está vazio: digite o endereço do servidor da equipe, como postgresql://user@db.example.com/switchboard</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgres://</source>
        <translation>deve começar com postgresql:// ou postgres://</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>não é uma URL válida: %1</translation>
    </message>
    <message>
        <source>names no server: write it after //, such as db.example.com</source>
        <translation>não indica nenhum servidor: escreva-o depois de //, como db.example.com</translation>
    </message>
    <message>
        <source>must not contain a password: remove it from the URL; passwords are kept in the keychain, never in the settings</source>
        <translation>não pode conter senha: remova-a da URL; as senhas ficam no chaveiro, nunca nas configurações</translation>
    </message>
    <message>
        <source>is a server address: choose "Team server" for it</source>
        <translation>é um endereço de servidor: escolha “Servidor da equipe” para ele</translation>
    </message>
    <message>
        <source>must be a full path, such as %1</source>
        <translation>deve ser um caminho completo, como %1</translation>
    </message>
    <message>
        <source>is a folder: name the file in it, such as %1</source>
        <translation>é uma pasta: indique o arquivo dentro dela, como %1</translation>
    </message>
    <message>
        <source>contains a space: paste the key alone</source>
        <translation>contém um espaço: cole só a chave</translation>
    </message>
    <message>
        <source>cannot be emptied: the workspace's pool numbers are filed under this account; enter its SID again</source>
        <translation>não pode ficar vazio: os números da reserva do espaço de trabalho estão registrados nesta conta; digite o SID dela novamente</translation>
    </message>
    <message>
        <source>is needed to reach the account; Twilio shows it once, when the API key is created</source>
        <translation>é necessário para acessar a conta; o Twilio o mostra uma única vez, ao criar a chave de API</translation>
    </message>
    <message>
        <source>is needed to reach the account; it is on the Twilio console's home page</source>
        <translation>é necessário para acessar a conta; ele está na página inicial do console do Twilio</translation>
    </message>
    <message>
        <source>is empty: enter it first</source>
        <translation>está vazio: preencha-o primeiro</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The sandbox demo keeps its workspace in a temporary folder, removed when it ends. Start Switchboard without --sandbox to choose where your own workspace is.</source>
        <translation>A demo de testes guarda seu espaço de trabalho em uma pasta temporária, removida ao terminar. Inicie o Switchboard sem --sandbox para escolher onde fica seu próprio espaço de trabalho.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurar o espaço de trabalho</translation>
    </message>
    <message>
        <source>First your agency's own Vapi account: its free numbers serve every customer without a Vapi account of their own. A Twilio account is optional: its numbers serve them when the free ones run out. Customers come next, each with their own accounts if they have them.</source>
        <translation>Primeiro a conta Vapi da sua agência: seus números gratuitos atendem cada cliente sem conta Vapi própria. Uma conta Twilio é opcional: seus números os atendem quando os gratuitos acabam. Depois vêm os clientes, cada um com suas próprias contas, se tiver.</translation>
    </message>
    <message>
        <source>is needed to set up the workspace; find the private key in the Vapi dashboard under API Keys</source>
        <translation>é necessária para configurar o espaço de trabalho; a chave privada está no painel da Vapi, em API Keys</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Reserva de números</translation>
    </message>
    <message>
        <source>Keeping the keys in the keychain…</source>
        <translation>Guardando as chaves no chaveiro…</translation>
    </message>
    <message>
        <source>Numbers of its pool go to organizations without a Twilio account of their own, and to those whose own pool is used up (the chain's next link). Leave the secret empty to keep the one in the keychain.</source>
        <translation>Os números da reserva vão para organizações sem conta Twilio própria, e para aquelas cuja reserva própria acabou (o próximo elo da cadeia). Deixe o segredo vazio para manter o do chaveiro.</translation>
    </message>
    <message>
        <source>Optional: when the free Vapi numbers run out, numbers of this account go to organizations without a Twilio account of their own, and to those whose own pool is used up. The auth token is on the Twilio console's home page.</source>
        <translation>Opcional: quando os números gratuitos da Vapi acabam, os números desta conta vão para organizações sem conta Twilio própria, e para aquelas cuja reserva própria acabou. O token de autenticação está na página inicial do console da Twilio.</translation>
    </message>
    <message numerus="yes">
        <source> number(s) a month</source>
        <translation>
            <numerusform> número por mês</numerusform>
            <numerusform> números por mês</numerusform>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Every button and field also has an access key: hold Alt and press the underlined letter.</source>
        <translation>Cada botão e cada campo também tem uma tecla de acesso: segure Alt e pressione a letra sublinhada.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SnapshotLoader</name>
    <message>
        <source>The workspace cannot be read.</source>
        <translation>Não é possível ler o espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sql</name>
    <message>
        <source>The disk that holds the workspace is full (%1). Free some space, then try again; nothing after this point was done.</source>
        <translation>O disco do espaço de trabalho está cheio (%1). Libere espaço e tente novamente; nada foi feito depois deste ponto.</translation>
    </message>
    <message>
        <source>The workspace is read-only (%1): it can be read but not changed. Open a writable copy, or ask for write access.</source>
        <translation>O espaço de trabalho é somente leitura (%1): pode ser lido, mas não alterado. Abra uma cópia gravável ou peça acesso de escrita.</translation>
    </message>
    <message>
        <source>The connection to the workspace database is gone (%1). Check the network or the server, then try again.</source>
        <translation>A conexão com o banco de dados do espaço de trabalho caiu (%1). Verifique a rede ou o servidor e tente novamente.</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>o banco de dados não retornou nenhuma linha para um novo registro</translation>
    </message>
</context>
<context>
    <name>Switchboard::SqlTransaction</name>
    <message>
        <source>The workspace cannot be written now: %1</source>
        <translation>Não é possível gravar no espaço de trabalho agora: %1</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed: %1</source>
        <translation>Não foi possível gravar no espaço de trabalho; nada foi alterado: %1</translation>
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
        <translation>Elo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Provider's error</source>
        <translation>Erro do provedor</translation>
    </message>
    <message>
        <source>Task opened</source>
        <translation>Tarefa aberta</translation>
    </message>
</context>
<context>
    <name>Switchboard::TwilioFallback</name>
    <message numerus="yes">
        <source>%1 (%n spare number(s) in its pool)</source>
        <translation>
            <numerusform>%1 (%n número livre na sua reserva)</numerusform>
            <numerusform>%1 (%n números livres na sua reserva)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (bought as needed, within its monthly limit)</source>
        <translation>%1 (comprados conforme necessário, dentro do limite mensal)</translation>
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
        <translation>Números gratuitos da Vapi usados</translation>
    </message>
    <message>
        <source>Free-number advice</source>
        <translation>Dica sobre números gratuitos</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Free Vapi numbers</source>
        <translation>Números gratuitos da Vapi</translation>
    </message>
    <message>
        <source>No Vapi account serves this selection yet.</source>
        <translation>Nenhuma conta Vapi atende esta seleção ainda.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Próximo: %1.</translation>
    </message>
    <message>
        <source>Free Vapi numbers of %1</source>
        <translation>Números gratuitos da Vapi de %1</translation>
    </message>
    <message>
        <source>get a number in the Twilio console</source>
        <translation>obter um número no console do Twilio</translation>
    </message>
    <message>
        <source>add the Twilio account here</source>
        <translation>adicionar a conta Twilio aqui</translation>
    </message>
    <message>
        <source>Next: keep provisioning; new assistants get free numbers.</source>
        <translation>Próximo: continue provisionando; novos assistentes recebem números gratuitos.</translation>
    </message>
    <message>
        <source>Next: %1, then %2.</source>
        <translation>Próximo: %1, depois %2.</translation>
    </message>
    <message>
        <source>Next: new numbers come from Twilio: %1, then %2. %3</source>
        <translation>Próximo: os novos números vêm do Twilio: %1, depois %2. %3</translation>
    </message>
    <message>
        <source>See the numbers in Vapi.</source>
        <translation>Ver os números na Vapi.</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation>%L1 de %L2 (%L3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) use their own Vapi account: select one to see its free numbers.</source>
        <translation>
            <numerusform>%n organização usa a própria conta Vapi: selecione-a para ver os números gratuitos dela.</numerusform>
            <numerusform>%n organizações usam a própria conta Vapi: selecione uma para ver os números gratuitos dela.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up the workspace's Vapi account</source>
        <translation>configurar a conta Vapi do espaço de trabalho</translation>
    </message>
    <message>
        <source>Free-number cap</source>
        <translation>Limite de números gratuitos</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Cap %L1: %2.</source>
        <translation>Limite %L1: %2.</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi again.</source>
        <translation>O próximo provisionamento pergunta de novo à Vapi.</translation>
    </message>
    <message>
        <source>Vapi asks for a payment method before it gives another free number: %1, then %2.</source>
        <translation>A Vapi pede um método de pagamento antes de dar outro número gratuito: %1, depois %2.</translation>
    </message>
    <message>
        <source>add one in the Vapi dashboard</source>
        <translation>adicione um no painel da Vapi</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>verifique novamente</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any: add numbers to its pool or allow buying (%2) before the free numbers run out.</source>
        <translation>Próximo: %1 não tem números livres e não pode comprar: adicione números à reserva ou permita compras (%2) antes que os números gratuitos acabem.</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any, so new assistants wait in the manual queue: add numbers to its pool or allow buying (%2). %3</source>
        <translation>Próximo: %1 não tem números livres e não pode comprar, então novos assistentes aguardam na fila manual: adicione números à reserva ou permita compras (%2). %3</translation>
    </message>
    <message>
        <source>This account holds %L1: Vapi let it have more than that.</source>
        <translation>Esta conta tem %L1: a Vapi deixou que tivesse mais.</translation>
    </message>
    <message numerus="yes">
        <source>%n other organization(s) have no Vapi account: %1.</source>
        <translation>
            <numerusform>%n outra organização não tem conta Vapi: %1.</numerusform>
            <numerusform>%n outras organizações não têm conta Vapi: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: nothing to set up; once the free numbers are used, provisioning takes numbers from %1.</source>
        <translation>Próximo: nada a configurar; quando os números gratuitos acabarem, o provisionamento usará números de %1.</translation>
    </message>
    <message>
        <source>Next: nothing to set up; provisioning takes numbers from %1. %2</source>
        <translation>Próximo: nada a configurar; o provisionamento usa números de %1. %2</translation>
    </message>
    <message>
        <source>Not confirmed: Vapi has not answered for this account since %1, so these are the workspace's last counts. Next: check its key and the connection, then refresh (F5).</source>
        <translation>Não confirmado: a Vapi não responde por esta conta desde %1, então estes são os últimos números do espaço de trabalho. Próximo passo: verifique a chave e a conexão e atualize (F5).</translation>
    </message>
</context>
<context>
    <name>Switchboard::UserGuideDialog</name>
    <message>
        <source>Switchboard user guide</source>
        <translation>Guia do usuário do Switchboard</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
<context>
    <name>Switchboard::Validation</name>
    <message>
        <source>must be "%1" followed by 32 hexadecimal digits (34 characters), as shown in the Twilio console</source>
        <translation>deve ser “%1” seguido de 32 dígitos hexadecimais (34 caracteres), como mostrado no console do Twilio</translation>
    </message>
    <message>
        <source>must be a Vapi id such as 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (a UUID, as shown in the Vapi dashboard)</source>
        <translation>deve ser um id da Vapi como 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (um UUID, como mostrado no painel da Vapi)</translation>
    </message>
    <message>
        <source>must be a US area code of exactly three digits, such as 415</source>
        <translation>deve ser um código de área dos EUA com exatamente três dígitos, como 415</translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or dashes, not starting or ending with a dash (for example acme-dental)</source>
        <translation>deve ter de 2 a 40 letras minúsculas, dígitos ou hifens, sem começar nem terminar com hífen (por exemplo, acme-dental)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>must be at most 120 characters</source>
        <translation>deve ter no máximo 120 caracteres</translation>
    </message>
    <message>
        <source>must not contain control characters such as line breaks, tabs or terminal escape codes (found U+%1)</source>
        <translation>não pode conter caracteres de controle como quebras de linha, tabulações ou códigos de escape de terminal (encontrado U+%1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiAccountSharing</name>
    <message>
        <source>the workspace</source>
        <translation>o espaço de trabalho</translation>
    </message>
    <message>
        <source>This key reaches the Vapi account that %1 already uses. Organizations that share one Vapi account share its free numbers and its free-number cap; that is almost never intended.</source>
        <translation>Esta chave alcança a conta Vapi que %1 já usa. Organizações que compartilham uma conta Vapi compartilham seus números gratuitos e seu limite; isso quase nunca é intencional.</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiClient</name>
    <message>
        <source>The Vapi API key is empty; paste the account's private key.</source>
        <translation>A chave de API da Vapi está vazia; cole a chave privada da conta.</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistente</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de telefone</translation>
    </message>
    <message>
        <source>The phone number's provider "%1" is not one Vapi knows; send the number's current provider (vapi, twilio, vonage, telnyx or byo-phone-number).</source>
        <translation>A Vapi não conhece o provedor “%1” do número; envie o provedor atual do número (vapi, twilio, vonage, telnyx ou byo-phone-number).</translation>
    </message>
    <message>
        <source>A phone-number search needs 1 to 100 characters.</source>
        <translation>Uma busca de números de telefone precisa de 1 a 100 caracteres.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WizardSteps</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 de %2: %3</translation>
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
        <translation>O banco de dados da equipe não responde (sem resposta em %1 s).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceCopier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>a row of %1 cannot be written: %2</source>
        <translation>não é possível gravar uma linha de %1: %2</translation>
    </message>
    <message>
        <source>The two workspaces have different schema versions (%1 and %2).</source>
        <translation>Os dois espaços de trabalho têm versões de esquema diferentes (%1 e %2).</translation>
    </message>
    <message>
        <source>The table %1 is not known to the copier; nothing was copied.</source>
        <translation>A ferramenta de cópia não conhece a tabela %1; nada foi copiado.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 holds rows); a workspace is only copied into an empty database. Nothing was copied.</source>
        <translation>O banco de dados %1 não está vazio (%2 contém linhas); um espaço de trabalho só é copiado para um banco de dados vazio. Nada foi copiado.</translation>
    </message>
    <message>
        <source> Nothing was copied.</source>
        <translation> Nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy could not be committed (%1). Nothing was copied.</source>
        <translation>Não foi possível confirmar a cópia (%1). Nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy was committed, but the row counts differ (see the table).</source>
        <translation>A cópia foi confirmada, mas as contagens de linhas diferem (veja a tabela).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceDatabase</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Nenhum arquivo de espaço de trabalho foi informado.</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read. Check its permissions.</source>
        <translation>Não é possível ler o arquivo de espaço de trabalho %1. Verifique as permissões dele.</translation>
    </message>
    <message>
        <source>%1 is not a Switchboard workspace (it is not an SQLite database, or it is damaged beyond its first bytes). It was left as it is; choose another data folder with --data-dir, or restore the file from a backup.</source>
        <translation>%1 não é um espaço de trabalho do Switchboard (não é um banco de dados SQLite, ou está danificado além dos primeiros bytes). Ele foi deixado como está; escolha outra pasta de dados com --data-dir ou restaure o arquivo de um backup.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another data folder with --data-dir.</source>
        <translation>Não é possível criar a pasta %1. Escolha outra pasta de dados com --data-dir.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed, so %2 cannot be opened.</source>
        <translation>O driver de banco de dados do Qt %1 não está instalado, então não é possível abrir %2.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o espaço de trabalho %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and was left as it is (%2). Restore it from a backup, or choose another data folder.</source>
        <translation>O espaço de trabalho %1 está danificado e foi deixado como está (%2). Restaure-o de um backup ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>%1 holds a database that Switchboard did not create. It was left as it is; choose another data folder or database.</source>
        <translation>%1 contém um banco de dados que não foi criado pelo Switchboard. Ele foi deixado como está; escolha outra pasta de dados ou outro banco de dados.</translation>
    </message>
    <message>
        <source>The workspace %1 has no schema version and was left as it is. Restore it from a backup.</source>
        <translation>O espaço de trabalho %1 não tem versão de esquema e foi deixado como está. Restaure-o de um backup.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Switchboard (schema %2; this version knows up to %3). It was left as it is: update Switchboard to open it.</source>
        <translation>O espaço de trabalho %1 foi gravado por uma versão mais nova do Switchboard (esquema %2; esta versão conhece até o %3). Ele foi deixado como está: atualize o Switchboard para abri-lo.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be prepared for use: %2</source>
        <translation>Não é possível preparar o espaço de trabalho %1 para uso: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded: %2</source>
        <translation>Não foi possível atualizar o espaço de trabalho %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded to schema %2, and was left as it was: %3</source>
        <translation>Não foi possível atualizar o espaço de trabalho %1 para o esquema %2, e ele foi deixado como estava: %3</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be reached: %2</source>
        <translation>Não é possível acessar o espaço de trabalho %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: the disk that holds it is full or failing (%2). Free some space, then try again; the file was left as it is.</source>
        <translation>O espaço de trabalho %1 não pode ser aberto: o disco que o contém está cheio ou com falha (%2). Libere espaço e tente novamente; o arquivo foi deixado como estava.</translation>
    </message>
    <message>
        <source>it is on a file system mounted read-only (%1)</source>
        <translation>ele está em um sistema de arquivos montado somente para leitura (%1)</translation>
    </message>
    <message>
        <source>your user may not write to the file</source>
        <translation>seu usuário não tem permissão para gravar no arquivo</translation>
    </message>
    <message>
        <source>your user may not write to its folder %1, where SQLite keeps its journal</source>
        <translation>seu usuário não tem permissão para gravar na pasta %1, onde o SQLite mantém seu diário</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no workspace can be created in it. Choose another data folder with --data-dir.</source>
        <translation>A pasta %1 é somente leitura, então nenhum espaço de trabalho pode ser criado nela. Escolha outra pasta de dados com --data-dir.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: %2. Nothing was changed. To change it, copy its folder somewhere writable and open the copy (--data-dir), or make it writable (mount it read-write, or give your user write permission on the file and its folder).</source>
        <translation>O espaço de trabalho %1 é somente leitura: %2. Nada foi alterado. Para alterá-lo, copie a pasta dele para um local gravável e abra a cópia (--data-dir), ou torne-o gravável (monte-o para leitura e gravação, ou dê ao seu usuário permissão de gravação no arquivo e na pasta dele).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (%2), and its latest changes are still in %3, which can be read only where the workspace is writable. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>O espaço de trabalho %1 é somente leitura (%2), e as alterações mais recentes ainda estão em %3, que só pode ser lido onde o espaço de trabalho é gravável. Abra-o uma vez onde ele for gravável, ou copie a pasta dele para um local gravável.</translation>
    </message>
    <message>
        <source>The workspace %1 must be upgraded (schema %2 to %3) before this version can read it, and it is read-only: %4. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>O espaço de trabalho %1 precisa ser atualizado (esquema %2 para %3) antes que esta versão possa lê-lo, e ele é somente leitura: %4. Abra-o uma vez onde ele for gravável, ou copie a pasta dele para um local gravável.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceOpener</name>
    <message>
        <source>The database password cannot be read from the keychain: %1</source>
        <translation>Não é possível ler a senha do banco de dados do chaveiro: %1</translation>
    </message>
    <message>
        <source>The database password could not be kept in the keychain: %1</source>
        <translation>Não foi possível guardar a senha do banco de dados no chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSettings</name>
    <message>
        <source>default area code</source>
        <translation>código de área padrão</translation>
    </message>
    <message>
        <source>Twilio number price: must be between 0 and 1000 (US dollars a month)</source>
        <translation>preço de um número do Twilio: deve estar entre 0 e 1000 (dólares americanos por mês)</translation>
    </message>
    <message>
        <source>purchase limit: must be zero or more</source>
        <translation>limite de compras: deve ser zero ou mais</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (era %3)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Workspace setting changed: %1</source>
        <translation>Configuração do espaço de trabalho alterada: %1</translation>
    </message>
    <message>
        <source>monthly price of a Twilio number</source>
        <translation>preço mensal de um número da Twilio</translation>
    </message>
    <message>
        <source>the workspace's Twilio may buy numbers</source>
        <translation>a Twilio do espaço de trabalho pode comprar números</translation>
    </message>
    <message>
        <source>the workspace's monthly purchase limit</source>
        <translation>limite mensal de compras do espaço de trabalho</translation>
    </message>
    <message>
        <source>new assistants get a number automatically</source>
        <translation>novos assistentes recebem um número automaticamente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSetup</name>
    <message>
        <source>the workspace has no Twilio account</source>
        <translation>o espaço de trabalho não tem conta do Twilio</translation>
    </message>
    <message>
        <source>the workspace has no Twilio account; give its account SID</source>
        <translation>o espaço de trabalho não tem conta do Twilio; informe o SID da conta</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>a number to remove is not in the workspace's pool any more; nothing was changed</source>
        <translation>um número a tirar não está mais na reserva do espaço de trabalho; nada foi alterado</translation>
    </message>
    <message>
        <source>%1 is in use (a provisioning took it, or it is in Vapi) and stays in the pool; nothing was changed</source>
        <translation>%1 está em uso (uma atribuição o pegou, ou está na Vapi) e continua na reserva; nada foi alterado</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <source>The database location in the settings (%1) is refused: %2</source>
        <translation>O local do banco de dados nas configurações (%1) foi recusado: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard gives the Vapi assistants of your customer organizations working phone numbers, and keeps a record of every step.</source>
        <translation>O Switchboard dá aos assistentes da Vapi das suas organizações clientes números de telefone que funcionam, e registra cada etapa.</translation>
    </message>
    <message>
        <source>Keep the workspace in &lt;dir&gt; (default: $SWITCHBOARD_DATA_DIR, else the application data folder).</source>
        <translation>Manter o espaço de trabalho em &lt;dir&gt; (padrão: $SWITCHBOARD_DATA_DIR; senão, a pasta de dados do aplicativo).</translation>
    </message>
    <message>
        <source>Open the sandbox demo in a temporary workspace; nothing reaches Vapi or Twilio.</source>
        <translation>Abrir a demo de testes em um espaço de trabalho temporário; nada chega à Vapi nem ao Twilio.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Salvar uma imagem da janela principal em &lt;file&gt; assim que ela for exibida e depois sair.</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>The sandbox workspace cannot be created in %1: %2</source>
        <translation>Não é possível criar o espaço de trabalho de testes em %1: %2</translation>
    </message>
    <message>
        <source>The sandbox demo cannot start: %1</source>
        <translation>A demo de testes não pode ser iniciada: %1</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;url&gt;: postgresql://user@host:port/db[?sslmode=…] for a team workspace, or an SQLite file (default: the settings' database/location, else the data folder's workspace).</source>
        <translation>Abrir o espaço de trabalho em &lt;url&gt;: postgresql://user@host:port/db[?sslmode=…] para um espaço de trabalho da equipe, ou um arquivo SQLite (padrão: database/location das configurações; senão, o espaço de trabalho da pasta de dados).</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Nenhuma senha foi informada para %1.</translation>
    </message>
    <message>
        <source>--sandbox opens a temporary workspace of its own, removed when the demo ends: leave out --data-dir and --database, or leave out --sandbox to open that workspace.</source>
        <translation>--sandbox abre um espaço de trabalho temporário próprio, removido quando a demonstração termina: omita --data-dir e --database, ou omita --sandbox para abrir esse espaço de trabalho.</translation>
    </message>
</context>
</TS>