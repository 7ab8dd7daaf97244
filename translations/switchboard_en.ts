<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Switchboard::AssistantDialog</name>
    <message numerus="yes">
        <source>Up to %n character(s): Vapi&apos;s limit for a name.</source>
        <translation>
            <numerusform>Up to %n character: Vapi&apos;s limit for a name.</numerusform>
            <numerusform>Up to %n characters: Vapi&apos;s limit for a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::BuyNumberDialog</name>
    <message numerus="yes">
        <source>This month: %1 of %n purchase(s) made.</source>
        <translation>
            <numerusform>This month: %1 of %n purchase made.</numerusform>
            <numerusform>This month: %1 of %n purchases made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ChainPlanner</name>
    <message numerus="yes">
        <source>Buy a number in %1 (%2 of %n purchase(s) used this month) and import it.</source>
        <translation>
            <numerusform>Buy a number in %1 (%2 of %n purchase used this month) and import it.</numerusform>
            <numerusform>Buy a number in %1 (%2 of %n purchases used this month) and import it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool number(s) passed over: Twilio said they cannot be used (see the pool; `switchboard-cli pool check` asks again).</source>
        <translation>
            <numerusform>%n pool number passed over: Twilio said it cannot be used (see the pool; `switchboard-cli pool check` asks again).</numerusform>
            <numerusform>%n pool numbers passed over: Twilio said they cannot be used (see the pool; `switchboard-cli pool check` asks again).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsoleController</name>
    <message numerus="yes">
        <source>Completed %n provisioning(s) left unfinished last time.</source>
        <translation>
            <numerusform>Completed %n provisioning left unfinished last time.</numerusform>
            <numerusform>Completed %n provisionings left unfinished last time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n got a number</numerusform>
            <numerusform>%n got a number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see History)</source>
        <translation>
            <numerusform>%n failed (see History)</numerusform>
            <numerusform>%n failed (see History)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n waits in the manual queue</numerusform>
            <numerusform>%n wait in the manual queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (%1)</source>
        <translation>
            <numerusform>%n not started (%1)</numerusform>
            <numerusform>%n not started (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialService</name>
    <message numerus="yes">
        <source>%n secret(s) of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</source>
        <translation>
            <numerusform>%n secret of organization %1 could not be removed (%2). It stays listed, so that removing the organization can be tried again.</numerusform>
            <numerusform>%n secrets of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberUsage</name>
    <message numerus="yes">
        <source>%1 of %2 free numbers used (%3%), %n left</source>
        <translation>
            <numerusform>%1 of %2 free numbers used (%3%), %n left</numerusform>
            <numerusform>%1 of %2 free numbers used (%3%), %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n free number(s) left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</source>
        <translation>
            <numerusform>Only %n free number left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</numerusform>
            <numerusform>Only %n free numbers left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: Vapi gives this account %n free number(s), and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</source>
        <translation>
            <numerusform>Full: Vapi gives this account %n free number, and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</numerusform>
            <numerusform>Full: Vapi gives this account %n free numbers, and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::KeychainSecretStore</name>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>
            <numerusform>no answer within %n second; it may be locked and waiting for a password prompt that cannot be shown</numerusform>
            <numerusform>no answer within %n seconds; it may be locked and waiting for a password prompt that cannot be shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n got a number</numerusform>
            <numerusform>%n got a number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n waits in the manual queue</numerusform>
            <numerusform>%n wait in the manual queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationWizard</name>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> free number</numerusform>
            <numerusform> free numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckAfterSave</name>
    <message numerus="yes">
        <source>Twilio holds the %n number(s) added to the pool, ready for calls.</source>
        <translation>
            <numerusform>Twilio holds the %n number added to the pool, ready for calls.</numerusform>
            <numerusform>Twilio holds the %n numbers added to the pool, ready for calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be asked about now; the chain asks again before it uses one.</source>
        <translation>
            <numerusform>%n number could not be asked about now; the chain asks again before it uses it.</numerusform>
            <numerusform>%n numbers could not be asked about now; the chain asks again before it uses one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningJob</name>
    <message numerus="yes">
        <source>Passed over %n pool number(s) Twilio said cannot be used; each is asked about again after a day, or at once with `switchboard-cli pool check`. %1</source>
        <translation>
            <numerusform>Passed over %n pool number Twilio said cannot be used; it is asked about again after a day, or at once with `switchboard-cli pool check`. %1</numerusform>
            <numerusform>Passed over %n pool numbers Twilio said cannot be used; each is asked about again after a day, or at once with `switchboard-cli pool check`. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingAdvice</name>
    <message numerus="yes">
        <source>; %n account(s) full</source>
        <translation>
            <numerusform>; %n account full</numerusform>
            <numerusform>; %n accounts full</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingView</name>
    <message numerus="yes">
        <source>From %1 a month now to %2 a month with %n more assistant(s).</source>
        <translation>
            <numerusform>From %1 a month now to %2 a month with %n more assistant.</numerusform>
            <numerusform>From %1 a month now to %2 a month with %n more assistants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %Ln Twilio number(s); free Vapi numbers: %2.</source>
        <translation>
            <numerusform>%1 a month for %Ln Twilio number; free Vapi numbers: %2.</numerusform>
            <numerusform>%1 a month for %Ln Twilio numbers; free Vapi numbers: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> number(s) a month</source>
        <translation>
            <numerusform> number a month</numerusform>
            <numerusform> numbers a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> free number</numerusform>
            <numerusform> free numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::TwilioFallback</name>
    <message numerus="yes">
        <source>%1 (%n spare number(s) in its pool)</source>
        <translation>
            <numerusform>%1 (%n spare number in its pool)</numerusform>
            <numerusform>%1 (%n spare numbers in its pool)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::UsageMeter</name>
    <message numerus="yes">
        <source>%n organization(s) use their own Vapi account: select one to see its free numbers.</source>
        <translation>
            <numerusform>%n organization uses its own Vapi account: select it to see its free numbers.</numerusform>
            <numerusform>%n organizations use their own Vapi account: select one to see its free numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other organization(s) have no Vapi account: %1.</source>
        <translation>
            <numerusform>%n other organization has no Vapi account: %1.</numerusform>
            <numerusform>%n other organizations have no Vapi account: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
