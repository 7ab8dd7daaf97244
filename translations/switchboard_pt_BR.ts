<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AssistantsView</name>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision a number for the selected assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision all &amp;unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision numbers for every assistant without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an existing Vapi assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onl&amp;y without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only assistants without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants and their numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete the manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number or SIP URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 415 555 2671 or sip:desk@example.sip.vapi.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Provisioning history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;vered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered-by filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an assistant, number, organization or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attempts the filters select as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading or exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-number usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your Vapi account, or explore the sandbox demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the &amp;Vapi account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the Vapi account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch assistants and numbers from Vapi and Twilio again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a customer organization: its Vapi and Twilio accounts and its numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected organization&apos;s accounts, pool and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the assistants the chain could not give a number, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the provisioning history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualQueueView</name>
    <message>
        <source>Manual-assignment queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number or SIP URI that the assistant gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the task without a number, for example when the assistant was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open manual tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons and instructions of the selected task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected number to an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign the selected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers that hang u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only numbers with no assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationWizard</name>
    <message>
        <source>Set up an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the customer is. The slug names the organization in the command line and in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme-dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the customer&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Vapi account holds this organization&apos;s assistants and free numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;workspace&apos;s Vapi account (most customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;own Vapi account (white label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi private API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Vapi dashboard, under API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s own Twilio account. After the free Vapi numbers, the chain imports its numbers into Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has its own &amp;Twilio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth to&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers the customer already owns in Twilio, and how new numbers are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;pool (one a line, or separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 415 555 2671
(415) 555-2672</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pool number, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool check summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer SIP &amp;URIs for free numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;buying numbers in its Twilio account when the pool is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chain tried and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the stage means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it grows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost with more assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost as assistants grow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::AccountStore</name>
    <message>
        <source>free-number cap: must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiEndpoint</name>
    <message>
        <source>The API address is empty; enter an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API address; enter an https:// address such as https://api.vapi.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password; credentials are entered separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; use an https:// address (plain http is only allowed for a local sandbox on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://, not %1:.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiError</name>
    <message>
        <source>Could not reach %1; check the internet connection, the proxy and the firewall, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is no longer available from Twilio; search again and pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio has no numbers left in that area code; try a nearby area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi refused the API key; paste the private key (not the public one) of this account, and check that its region (US or EU) matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the credentials; check the Account SID with its auth token, or the API key SID with its secret, and that the account is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has this item (it was deleted or belongs to another account); refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request; correct what its message names and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Vapi account has no free numbers left; release an unused free number or import a Twilio number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests; wait a minute and try again, or lower the number of requests in flight in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal error; try again in a few minutes and check its status page if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time; try again, and check the connection if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer Switchboard cannot read; try again, and report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; check the computer&apos;s clock and any proxy or antivirus that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a redirect to another address, which Switchboard does not follow; check the API address in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantLinking</name>
    <message>
        <source>No Vapi account serves %1; set up the workspace&apos;s first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number routes to this assistant: nobody can call it. Provision one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsView</name>
    <message>
        <source>Provisioning the assistants without a number (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision all unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the assistant being provisioned finishes first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assistants yet: create one, or link one from Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants: %1, every one with a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants: %1, without a number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CancellableWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ChainPlanner</name>
    <message>
        <source>the organization&apos;s Twilio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s Twilio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vapi account serves this organization: set up the workspace&apos;s Vapi account, or the organization&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free allowance is used up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free Vapi SIP URI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free Vapi number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free Vapi number in area code %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no Twilio account of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no Twilio account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the next pool number of %1 (%2 available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and buying numbers is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and this month&apos;s purchase limit (%2) is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a number in %1 (%2 of %3 purchases used this month) and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a task for a person to assign a number by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CompleteTaskDialog</name>
    <message>
        <source>Which number or SIP URI does %1 get? Assign it in Vapi as well if it is not there yet; Switchboard records it and closes the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: type a number such as +1 415 555 2671, or a SIP URI such as sip:desk@example.sip.vapi.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionStatus</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offline since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard works from the workspace meanwhile; changes that need %1 wait for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsoleController</name>
    <message>
        <source>The keychain cannot be used: %1 Switchboard keeps working for everything that needs no secret; nothing is stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n provisioning(s) left unfinished last time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n assistant(s); start again to go on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisioned %n assistant(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manual task #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n number(s) in the account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is no longer known; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now answers the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer answers any assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organization served by a Vapi account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vapi id of the assistant to link to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new assistant of %1 (at most 40 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the organization now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialClientProvider</name>
    <message>
        <source>the Vapi private key (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Twilio secret (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialService</name>
    <message>
        <source>Set it in the workspace&apos;s credentials (or with switchboard-cli), or provide it in the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it in the organization&apos;s credentials, or with switchboard-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard stopped before the keychain answered; the operation may not have completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 does not exist; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was taken out of the keychain again; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as set in this workspace, but this computer&apos;s keychain has no entry for it (it may have been set on another computer that shares the workspace, or removed with the keychain&apos;s own tool). Set it again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the keychain, but the workspace still lists it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an organization id; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot come from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain does not work as it should: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gave back something else than was just stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectoryLoader</name>
    <message>
        <source>The workspace&apos;s assistants and numbers cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectoryRefresh</name>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::DisplayNames</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vonage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own carrier (SIP trunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Vapi number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization&apos;s Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace&apos;s Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for manual assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::EnvironmentCredentials</name>
    <message>
        <source>is set, but neither TWILIO_AUTH_TOKEN nor TWILIO_API_KEY with TWILIO_API_SECRET is; set one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set, but a Twilio credential is; set it to the account&apos;s SID (AC followed by 32 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_KEY is; set both, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_SECRET is; set both, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid phone number in E.164 form (e.g. +14155552671)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberUsage</name>
    <message numerus="yes">
        <source>%1 of %2 free numbers used (%3%), %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n free number(s) left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Congratulations: %n assistant(s) on free numbers, the free allowance is used up. Time to scale: set up Twilio for the organization or for the workspace; new numbers then come from Twilio.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryModel</name>
    <message>
        <source>Assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueries</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueryWorker</name>
    <message>
        <source>The history cannot be read: no workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryStore</name>
    <message>
        <source>assistant %1 is already being provisioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryView</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an assistant, number, organization or summary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (attempts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an attempt to see what the chain tried and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), organization %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops loading more attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 shown, counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::InputChecks</name>
    <message>
        <source>The %1 id &quot;%2&quot; is not a Vapi id; it must be a UUID such as 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is %2 characters long; Vapi allows at most 40, so shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free Vapi number needs either an area code or a SIP URI (exactly one of them); fill in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code &quot;%1&quot; must be exactly three digits, such as 415.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP URI is not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP URI must be on %1 for this account&apos;s region, as in sip:%2@%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to import is not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hex digits; copy it from the Twilio console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a Twilio number needs either the auth token or an API key with its secret (exactly one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hex digits, and its secret must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio user must be an Account SID (AC…) or an API key SID (SK…), 34 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio auth token or API key secret is empty; paste it from the Twilio console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Twilio phone number SID; it must be PN followed by 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friendly name is %1 characters long; Twilio allows at most 64, so shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying a Twilio number needs either the number or an area code (exactly one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to buy is not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; must be a two-letter ISO code such as US or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Contains&quot; must be 2 to 16 letters or digits (with * for any one character), such as 555 or *PIZZA*.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::KeychainSecretStore</name>
    <message>
        <source>%1 could not be removed from the keychain (%2). Remove the entry &quot;%3&quot; in your keychain&apos;s own tool, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard — sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Phone numbers for Vapi voice assistants across many customer organizations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History exported (attempts: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualAssignment</name>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be on %1, the host of the account&apos;s region (not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual task #%1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Vapi account serves the task&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing number: %1 already answers another assistant; reassign it from the Numbers tab instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number: no Twilio account is set up to import it from; add the organization&apos;s or the workspace&apos;s Twilio account first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was assigned, but the task could not be closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1; manual task #%2 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualQueueView</name>
    <message>
        <source>Drop the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the task for %1 without giving it a number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays without a number until it is provisioned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see why the chain could not give the assistant a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why %1 has no number yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks: every assistant the chain handled got a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskModel</name>
    <message>
        <source>Removed organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the chain could not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskStore</name>
    <message>
        <source>manual task %1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MemorySecretStore</name>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersModel</name>
    <message>
        <source>Reserved by an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: calls are hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in Vapi with no assistant: calls to it are hung up. Assign it to an assistant, or release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no assistant, calls are hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersView</name>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a free Vapi number: it counts against the account&apos;s free numbers while Vapi holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a Twilio number: it costs about %1 a month in Twilio while the account owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its carrier bills for it as agreed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other assistant in this organization to assign %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to %1 will reach the assistant you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses it, and cannot be called until it gets another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to %1 will be hung up, and %2 cannot be called, until the number is assigned again. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number goes back to Vapi and frees one of the account&apos;s free numbers for another assistant. It may not be possible to get the same number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number leaves Vapi but stays in the Twilio account, where it still costs about %1 a month; it goes back to the pool for the next assistant. To stop paying for it, release it in the Twilio console as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number leaves Vapi; your carrier keeps billing for it as agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will have no number: nobody can call it until it gets another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 from Vapi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi cannot be reached: changes wait for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pool number is not in Vapi yet: the provisioning chain imports it when an assistant needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in Vapi with no assistant: %1. Calls to them are hung up: assign them or release them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationListModel</name>
    <message>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organizations; workspace account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2); stage: %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSetup</name>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed with an API key: the account SID stays in every request&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the organization&apos;s Twilio account SID: the numbers must belong to that account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1000 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the organization&apos;s Twilio account to buy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationStore</name>
    <message>
        <source>must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug: an organization called &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationWizard</name>
    <message>
        <source>is needed to reach the account; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find it in the Vapi dashboard under API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed for the organization&apos;s own Twilio account; it is on the Twilio console&apos;s home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed to sign in with an API key; create one in the Twilio console under API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio shows it once, when the API key is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on the Twilio console&apos;s home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s own Vapi account: its region and its private API key. Its free numbers are counted apart from the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s Vapi account is set up: nothing to enter here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s Vapi account is not set up yet: choose its region and enter its private API key. It serves every organization that does not bring its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the key empty to keep the one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1: listed twice; kept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pool numbers: the chain buys or waits for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2 (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: enter it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::PhoneAddress</name>
    <message>
        <source>is empty; enter a number in E.164 form such as +14155552671</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code; write it in E.164 form with a leading + (for example +14155552671)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a known country code; write it in E.164 form such as +14155552671</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; write it in E.164 form such as +14155552671</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; Vapi and Twilio need the number alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in its country&apos;s numbering plan; check the country code and the number of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIP URI; it must look like sip:name@sip.vapi.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one user name before one @ host, as in sip:name@sip.vapi.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name of &quot;%1&quot; may only hold letters, digits and -_.!~*&apos;() (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host of &quot;%1&quot; is not a domain name such as sip.vapi.ai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningDialog</name>
    <message>
        <source>Provisioning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a number for %1: free Vapi numbers first, then Twilio, then the manual queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had a number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be called now at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link of the chain could give %1 a number; it waits in the manual queue with the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningEngine</name>
    <message>
        <source>organization: there is no organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant: an assistant id is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningJob</name>
    <message>
        <source>No Vapi account serves this organization; set up the workspace&apos;s Vapi account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before a number was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vapi key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi&apos;s numbers could not be listed, so nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant already has %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Vapi number %1 created and assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned the free Vapi number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi refused another free number: the account&apos;s cap is %1. The cap is now set to what Vapi allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is unknown whether Vapi created the number; nothing more was tried. Provisioning again finds it if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the outcome of the free-number request is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi did not create a free number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio credentials cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not search for numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio has no numbers to buy right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio did not sell the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: it is unknown whether Twilio sold the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bought number %1 could not be recorded in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the workspace database refused a write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio number %1 imported into Vapi and assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned the Twilio number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is unknown whether Vapi imported %1; nothing more was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the outcome of the import is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi did not import %1, and whether it holds the number could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio number %1 was already imported and assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in Vapi for another assistant; it is no longer offered from the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi did not import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assistant a number by hand: type an E.164 number or a SIP URI, or pick an existing unassigned number. Setting up Twilio for the organization or the workspace avoids this next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual task could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number, and the manual task could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task #%1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link of the chain could give a number; manual task #%1 carries the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before any request: the history could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::Reconciliation</name>
    <message>
        <source>Interrupted; no Vapi account serves the organization any more, so nothing can have been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted before Vapi created or imported a number; nothing was assigned. Provision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in Vapi after a restart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed after a restart: the assistant has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingAdvice</name>
    <message>
        <source>None: free numbers need no setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep provisioning: new assistants get free Vapi numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the free allowance runs out, set up a Twilio account for the workspace (about 15 minutes, once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: Twilio is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 15 minutes, once: a Twilio account, one number, and its credentials in Switchboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Twilio for the workspace: create the account, buy a number, and enter the account SID and auth token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a few spare numbers in the Twilio pool, or allow purchases with a monthly limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers want their own billing, give them their own Twilio account or subaccount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 30 minutes per organization: a Twilio subaccount, its number pool and its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each organization its own Twilio subaccount and number pool, for isolated billing and white-label use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow purchases per organization with a monthly limit, so pools refill without manual work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the manual-assignment queue weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi dashboard: phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio console: phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-organization Twilio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingView</name>
    <message>
        <source>Every assistant fits in the free allowance of Vapi numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the free allowance: new numbers come from Twilio, at a monthly price each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many customers: each organization gets its own Twilio account or subaccount and number pool, billed separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost of numbers as assistants are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month with 10 more assistants, %2 with 50 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 a month now to %2 a month with %3 more assistants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month for %L2 Twilio numbers; free numbers used: %L3 of %L4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretError</name>
    <message>
        <source>Open Keychain Access, unlock the login keychain, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is running for your user account, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and unlock it, then try again. Over SSH or in a container, run Switchboard inside a D-Bus session with an unlocked keyring (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used, so Switchboard cannot read or store credentials; everything that needs no credential (the history, the organizations, the manual queue) keeps working. Nothing was saved anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to %1 was refused in the keychain. Allow Switchboard access when the keychain asks, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretIndex</name>
    <message>
        <source>secret key: only organization and workspace secrets are indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not record that %1 is set: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretInput</name>
    <message>
        <source>standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 bytes; give only the secret, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds more than one line; give one secret, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret was given on standard input; type or pipe it (it is never taken from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret on standard input contains a control character; give only the secret, as the service shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret on standard input is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not taken from the command line: a command line stays in the shell history and every user of this computer can see it. Type it when asked, or pipe it on standard input (for example from your password manager).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretKey</name>
    <message>
        <source>Vapi private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: &quot;%1&quot; is not of the form org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; or workspace/&lt;api&gt;/&lt;purpose&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: &quot;%1&quot; is not an organization id (a positive whole number without leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: unknown service &quot;%1&quot; (use vapi, twilio or postgres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: unknown purpose &quot;%1&quot; (use api-key, auth-token, api-key-secret or password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: %1 has no %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain availability probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of organization %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretStore</name>
    <message>
        <source>The secret has no valid name, so nothing was read or stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::StepsModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::UsageMeter</name>
    <message>
        <source>Free-number usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Vapi numbers used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-number advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Vapi numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vapi account serves this selection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the Vapi account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Vapi numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get a number in the Twilio console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the Twilio account here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: keep provisioning; new assistants get free numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: new numbers come from Twilio: %1, then %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the numbers in Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::Validation</name>
    <message>
        <source>must be &quot;%1&quot; followed by 32 hexadecimal digits (34 characters), as shown in the Twilio console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a Vapi id such as 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (a UUID, as shown in the Vapi dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a US area code of exactly three digits, such as 415</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or dashes, not starting or ending with a dash (for example acme-dental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiClient</name>
    <message>
        <source>The Vapi API key is empty; paste the account&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number&apos;s provider &quot;%1&quot; is not one Vapi knows; send the number&apos;s current provider (vapi, twilio, vonage, telnyx or byo-phone-number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceDatabase</name>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Switchboard workspace (it is not an SQLite database, or it is damaged beyond its first bytes). It was left as it is; choose another data folder with --data-dir, or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed, so %2 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and was left as it is (%2). Restore it from a backup, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a database that Switchboard did not create. It was left as it is; choose another data folder or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no schema version and was left as it is. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Switchboard (schema %2; this version knows up to %3). It was left as it is: update Switchboard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded to schema %2, and was left as it was: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSettings</name>
    <message>
        <source>default area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio number price: must be between 0 and 1000 (US dollars a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase limit: must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard gives the Vapi assistants of your customer organizations working phone numbers, and keeps a record of every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the workspace in &lt;dir&gt; (default: $SWITCHBOARD_DATA_DIR, else the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox demo in a temporary workspace; nothing reaches Vapi or Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox workspace cannot be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox demo cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
