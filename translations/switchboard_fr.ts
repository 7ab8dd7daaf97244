<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssistantsView</name>
    <message>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>Attri&amp;buer un numéro</translation>
    </message>
    <message>
        <source>Provision a number for the selected assistant</source>
        <translation>Attribuer un numéro à l'assistant sélectionné</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Lancer la chaîne d'attribution pour l'assistant sélectionné : numéro Vapi gratuit, puis Twilio, puis la file manuelle</translation>
    </message>
    <message>
        <source>Provision all &amp;unassigned</source>
        <translation>Attribuer à tous ceux sans numér&amp;o</translation>
    </message>
    <message>
        <source>Provision numbers for every assistant without one</source>
        <translation>Attribuer un numéro à chaque assistant qui n'en a pas</translation>
    </message>
    <message>
        <source>C&amp;reate assistant…</source>
        <translation>C&amp;réer un assistant…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Créer un assistant</translation>
    </message>
    <message>
        <source>&amp;Link existing…</source>
        <translation>&amp;Lier un existant…</translation>
    </message>
    <message>
        <source>Link an existing Vapi assistant</source>
        <translation>Lier un assistant Vapi existant</translation>
    </message>
    <message>
        <source>Onl&amp;y without a number</source>
        <translation>&amp;Uniquement sans numéro</translation>
    </message>
    <message>
        <source>Show only assistants without a number</source>
        <translation>Afficher uniquement les assistants sans numéro</translation>
    </message>
    <message>
        <source>Assistants summary</source>
        <translation>Résumé des assistants</translation>
    </message>
    <message>
        <source>Assistants and their numbers</source>
        <translation>Assistants et leurs numéros</translation>
    </message>
    <message>
        <source>Result of Provision all unassigned</source>
        <translation>Résultat de « Attribuer à tous ceux sans numéro »</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete the manual task</source>
        <translation>Terminer la tâche manuelle</translation>
    </message>
    <message>
        <source>&amp;Number or SIP URI:</source>
        <translation>&amp;Numéro ou URI SIP :</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Numéro ou URI SIP</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Ce qui a été compris</translation>
    </message>
    <message>
        <source>+1 415 555 2671 or sip:desk@sip.vapi.ai</source>
        <translation>+1 415 555 2671 ou sip:accueil@sip.vapi.ai</translation>
    </message>
</context>
<context>
    <name>DialogPasswordPrompt</name>
    <message>
        <source>Team workspace password</source>
        <translation>Mot de passe de l'espace de travail d'équipe</translation>
    </message>
    <message>
        <source>Password of %1 for the team workspace %2:</source>
        <translation>Mot de passe de %1 pour l'espace de travail d'équipe %2 :</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Provisioning history</source>
        <translation>Historique des attributions</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtre par organisation</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <source>Deli&amp;vered by:</source>
        <translation>Fourni &amp;par :</translation>
    </message>
    <message>
        <source>Delivered-by filter</source>
        <translation>Filtre par source</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation>Commencé le ou après</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>F&amp;in :</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Commencé le ou avant</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Rechercher dans l'historique</translation>
    </message>
    <message>
        <source>Find an assistant, number, organization or summary</source>
        <translation>Rechercher un assistant, un numéro, une organisation ou un résumé</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the filtered history</source>
        <translation>Exporter l'historique filtré</translation>
    </message>
    <message>
        <source>Save the attempts the filters select as CSV or JSON</source>
        <translation>Enregistrer les tentatives sélectionnées par les filtres en CSV ou JSON</translation>
    </message>
    <message>
        <source>Number of attempts</source>
        <translation>Nombre de tentatives</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading or exporting</source>
        <translation>Annuler le chargement ou l'export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l'export</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Étapes de la tentative sélectionnée</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filtre par personne</translation>
    </message>
    <message>
        <source>Only what this person did (user@computer, as recorded)</source>
        <translation>Seulement ce que cette personne a fait (utilisateur@ordinateur, tel qu'enregistré)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d'entrée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>L'entrée sélectionnée</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Entrée sélectionnée</translation>
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
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Free-number usage</source>
        <translation>Utilisation des numéros gratuits</translation>
    </message>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Bienvenue dans Switchboard</translation>
    </message>
    <message>
        <source>Open the sandbox &amp;demo</source>
        <translation>&amp;Ouvrir la démo bac à sable</translation>
    </message>
    <message>
        <source>Open the sandbox demo</source>
        <translation>Ouvrir la démo bac à sable</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Détails de l'organisation</translation>
    </message>
    <message>
        <source>&amp;Assistants</source>
        <translation>A&amp;ssistants</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numéros</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation>&amp;Croissance</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Espace de &amp;travail</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>Attri&amp;buer un numéro</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Donner un numéro de téléphone à l'assistant sélectionné via la chaîne d'attribution</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch assistants and numbers from Vapi and Twilio again</source>
        <translation>Récupérer à nouveau les assistants et les numéros depuis Vapi et Twilio</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Set up a customer organization: its Vapi and Twilio accounts and its numbers</source>
        <translation>Configurer une organisation cliente : ses comptes Vapi et Twilio et ses numéros</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>&amp;Modifier l'organisation…</translation>
    </message>
    <message>
        <source>Change the selected organization's accounts, pool and preferences</source>
        <translation>Modifier les comptes, la réserve et les préférences de l'organisation sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Manual queue</source>
        <translation>File &amp;manuelle</translation>
    </message>
    <message>
        <source>Show the assistants the chain could not give a number, with the reasons</source>
        <translation>Afficher les assistants auxquels la chaîne n'a pas pu donner de numéro, avec les raisons</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Find in history…</source>
        <translation>&amp;Rechercher dans l'historique…</translation>
    </message>
    <message>
        <source>Search the provisioning history</source>
        <translation>Rechercher dans l'historique des attributions</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Language, the workspace's accounts and defaults, and where the workspace is kept</source>
        <translation>Langue, comptes et valeurs par défaut de l'espace de travail, et emplacement de l'espace de travail</translation>
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
        <translation>Onglet sui&amp;vant</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Re&amp;move organization…</source>
        <translation>Supp&amp;rimer l'organisation…</translation>
    </message>
    <message>
        <source>Remove the selected organization from the workspace, with its accounts, pool and secrets; its history stays</source>
        <translation>Supprime l'organisation sélectionnée de l'espace de travail, avec ses comptes, son pool et ses secrets ; son historique reste</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Donnez à chaque assistant Vapi de vos clients un numéro de téléphone qui fonctionne : d'abord les numéros Vapi gratuits, puis Twilio, avec une trace de chaque étape. Commencez par configurer votre espace de travail avec le compte Vapi de votre agence, ou explorez la démo bac à sable.</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>&amp;Configurer l'espace de travail…</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurer l'espace de travail</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Buy a Twilio number…</source>
        <translation>Ache&amp;ter un numéro Twilio…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the selected organization's pool</source>
        <translation>Chercher chez Twilio un numéro dans un indicatif régional et l'acheter pour la réserve de l'organisation choisie</translation>
    </message>
</context>
<context>
    <name>ManualQueueView</name>
    <message>
        <source>Manual-assignment queue</source>
        <translation>File d'affectation manuelle</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>T&amp;erminer…</translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation>Terminer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Enter the number or SIP URI that the assistant gets</source>
        <translation>Saisir le numéro ou l'URI SIP que reçoit l'assistant</translation>
    </message>
    <message>
        <source>&amp;Drop task</source>
        <translation>A&amp;bandonner la tâche</translation>
    </message>
    <message>
        <source>Drop the selected task</source>
        <translation>Abandonner la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Close the task without a number, for example when the assistant was deleted</source>
        <translation>Fermer la tâche sans numéro, par exemple quand l'assistant a été supprimé</translation>
    </message>
    <message>
        <source>Open manual tasks</source>
        <translation>Tâches manuelles ouvertes</translation>
    </message>
    <message>
        <source>Reasons and instructions of the selected task</source>
        <translation>Raisons et instructions de la tâche sélectionnée</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>Affect&amp;er…</translation>
    </message>
    <message>
        <source>Assign the selected number to an assistant</source>
        <translation>Affecter le numéro sélectionné à un assistant</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Retirer l'affectation…</translation>
    </message>
    <message>
        <source>Unassign the selected number</source>
        <translation>Retirer l'affectation du numéro sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>Release the selected number</source>
        <translation>Libérer le numéro sélectionné</translation>
    </message>
    <message>
        <source>Only numbers that hang u&amp;p</source>
        <translation>Uni&amp;quement les numéros qui raccrochent</translation>
    </message>
    <message>
        <source>Show only numbers with no assistant</source>
        <translation>Afficher uniquement les numéros sans assistant</translation>
    </message>
    <message>
        <source>Numbers warning</source>
        <translation>Avertissement sur les numéros</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the numbers listed as CSV</source>
        <translation>Exporter les numéros affichés en CSV</translation>
    </message>
    <message>
        <source>Numbers export</source>
        <translation>Export des numéros</translation>
    </message>
    <message>
        <source>Buy a Twilio number for the pool</source>
        <translation>Acheter un numéro Twilio pour la réserve</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>Acheter un n&amp;uméro…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the pool</source>
        <translation>Chercher chez Twilio un numéro dans un indicatif régional et l'acheter pour la réserve</translation>
    </message>
</context>
<context>
    <name>OrganizationWizard</name>
    <message>
        <source>Set up an organization</source>
        <translation>Configurer une organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Acme Dental</source>
        <translation>Cabinet Dentaire Dupont</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>&amp;Identifiant court :</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant court</translation>
    </message>
    <message>
        <source>acme-dental</source>
        <translation>cabinet-dupont</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the customer's contact</source>
        <translation>Nom, e-mail ou téléphone du contact chez le client</translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation>Problèmes sur cette page</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Compte Vapi</translation>
    </message>
    <message>
        <source>Which Vapi account holds this organization's assistants and free numbers.</source>
        <translation>Quel compte Vapi détient les assistants et les numéros gratuits de cette organisation.</translation>
    </message>
    <message>
        <source>The &amp;workspace's Vapi account (most customers)</source>
        <translation>Le compte Vapi de l'&amp;espace de travail (la plupart des clients)</translation>
    </message>
    <message>
        <source>The customer's &amp;own Vapi account (white label)</source>
        <translation>Le compte Vapi &amp;propre au client (marque blanche)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Région Vapi</translation>
    </message>
    <message>
        <source>&amp;Private API key:</source>
        <translation>Clé API pri&amp;vée :</translation>
    </message>
    <message>
        <source>Vapi private API key</source>
        <translation>Clé API privée Vapi</translation>
    </message>
    <message>
        <source>From the Vapi dashboard, under API Keys</source>
        <translation>Dans le tableau de bord Vapi, sous « API Keys »</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Tester la connexion à Vapi</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Résultat du test de connexion à Vapi</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>Compte Twilio</translation>
    </message>
    <message>
        <source>Optional: the customer's own Twilio account. After the free Vapi numbers, the chain imports its numbers into Vapi.</source>
        <translation>Facultatif : le compte Twilio propre au client. Après les numéros Vapi gratuits, la chaîne importe ses numéros dans Vapi.</translation>
    </message>
    <message>
        <source>The organization has its own &amp;Twilio account</source>
        <translation>L'organisation a son propre compte &amp;Twilio</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID du compte :</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID du compte Twilio</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>Clé API et s&amp;ecret</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>Jet&amp;on d'authentification :</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d'authentification Twilio</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID de la &amp;clé API :</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clé API Twilio</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Secret de la clé &amp;API :</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secret de la clé API Twilio</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Tester la connexion à Twilio</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Résultat du test de connexion à Twilio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Numbers the customer already owns in Twilio, and how new numbers are chosen.</source>
        <translation>Les numéros que le client possède déjà chez Twilio, et la façon de choisir les nouveaux numéros.</translation>
    </message>
    <message>
        <source>Number &amp;pool (one a line, or separated by commas):</source>
        <translation>&amp;Réserve de numéros (un par ligne, ou séparés par des virgules) :</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Réserve de numéros</translation>
    </message>
    <message>
        <source>+1 415 555 2671
(415) 555-2672</source>
        <translation>+1 415 555 2671
(415) 555-2672</translation>
    </message>
    <message>
        <source>Each pool number, checked</source>
        <translation>Chaque numéro de la réserve, vérifié</translation>
    </message>
    <message>
        <source>Pool check summary</source>
        <translation>Résumé de la vérification de la réserve</translation>
    </message>
    <message>
        <source>Preferred &amp;area code:</source>
        <translation>&amp;Indicatif préféré :</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Indicatif préféré</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Prefer SIP &amp;URIs for free numbers</source>
        <translation>Préférer les &amp;URI SIP pour les numéros gratuits</translation>
    </message>
    <message>
        <source>&amp;Monthly limit:</source>
        <translation>Limite &amp;mensuelle :</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Limite d'achats mensuelle</translation>
    </message>
    <message>
        <source>Vapi account shared with other organizations</source>
        <translation>Compte Vapi partagé avec d’autres organisations</translation>
    </message>
    <message>
        <source>&amp;Yes, these organizations share one Vapi account</source>
        <translation>&amp;Oui, ces organisations partagent un compte Vapi</translation>
    </message>
    <message>
        <source>Confirm that these organizations share one Vapi account</source>
        <translation>Confirmer que ces organisations partagent un compte Vapi</translation>
    </message>
    <message>
        <source>Check with &amp;Twilio</source>
        <translation>Vérifier auprès de &amp;Twilio</translation>
    </message>
    <message>
        <source>Ask Twilio whether the account holds each number, whether it takes voice calls, and whether an application or trunk keeps its calls from Vapi</source>
        <translation>Demander à Twilio si le compte détient chaque numéro, s'il accepte les appels vocaux et si une application ou un trunk détourne ses appels de Vapi</translation>
    </message>
    <message>
        <source>What Twilio said about the pool</source>
        <translation>Ce que Twilio a dit du pool</translation>
    </message>
    <message>
        <source>&amp;Clear the TwiML application or SIP trunk of these numbers in Twilio, so that their calls reach the assistant</source>
        <translation>&amp;Retirer l'application TwiML ou le trunk SIP de ces numéros dans Twilio, pour que leurs appels atteignent l'assistant</translation>
    </message>
    <message>
        <source>Take free numbers from &amp;other US area codes when this one has none</source>
        <translation>Prendre des numéros gratuits d'&amp;autres indicatifs américains quand celui-ci n'en a pas</translation>
    </message>
    <message>
        <source>Vapi suggests area codes that still have free numbers. Without this, the chain moves on to Twilio numbers, which cost money.</source>
        <translation>Vapi suggère des indicatifs qui ont encore des numéros gratuits. Sans cela, la chaîne passe aux numéros Twilio, qui sont payants.</translation>
    </message>
    <message>
        <source>How new assistants get a number</source>
        <translation>Comment les nouveaux assistants obtiennent un numéro</translation>
    </message>
    <message>
        <source>Whether an assistant created here, in the command line or in Vapi gets a number through the chain without anyone asking. Purchases keep their own permission and limit.</source>
        <translation>Si un assistant créé ici, en ligne de commande ou dans Vapi obtient un numéro par la chaîne sans que personne ne le demande. Les achats gardent leur propre autorisation et leur limite.</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Jeton d'aut&amp;hentification</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Tester la connex&amp;ion</translation>
    </message>
    <message>
        <source>Allo&amp;w buying numbers in its Twilio account when the pool is used up</source>
        <translation>Autoriser l'achat de numéros dans son compte Twilio quand la réserve est é&amp;puisée</translation>
    </message>
    <message>
        <source>New a&amp;ssistants:</source>
        <translation>Nouveaux a&amp;ssistants :</translation>
    </message>
    <message>
        <source>Free-number &amp;cap:</source>
        <translation>Pla&amp;fond de numéros gratuits :</translation>
    </message>
    <message>
        <source>Free-number cap of the customer's Vapi account</source>
        <translation>Plafond de numéros gratuits du compte Vapi du client</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Combien de numéros gratuits Vapi donne à ce compte. Ne le changez que si Vapi a accordé un autre plafond au compte ; Switchboard l'abaisse de lui-même quand Vapi refuse un numéro gratuit en dessous.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Who the customer is. The slug names the organization in the command line and in the keychain, and cannot change once the organization exists.</source>
        <translation>Qui est le client. L'identifiant court désigne l'organisation dans la ligne de commande et dans le trousseau, et ne peut plus changer une fois l'organisation créée.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <source>Provisioning</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>État de l'attribution</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Attribution en cours</translation>
    </message>
    <message>
        <source>What the chain tried and why</source>
        <translation>Ce que la chaîne a essayé, et pourquoi</translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>Scaling</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>What the stage means</source>
        <translation>Ce que signifie le palier</translation>
    </message>
    <message>
        <source>Cost now:</source>
        <translation>Coût actuel :</translation>
    </message>
    <message>
        <source>Monthly cost now</source>
        <translation>Coût mensuel actuel</translation>
    </message>
    <message>
        <source>As it grows:</source>
        <translation>Avec la croissance :</translation>
    </message>
    <message>
        <source>Monthly cost with more assistants</source>
        <translation>Coût mensuel avec plus d'assistants</translation>
    </message>
    <message>
        <source>Setup time:</source>
        <translation>Temps de mise en place :</translation>
    </message>
    <message>
        <source>Setup time</source>
        <translation>Temps de mise en place</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Monthly cost as assistants grow</source>
        <translation>Coût mensuel selon le nombre d'assistants</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Refresh from Vapi and Twilio:</source>
        <translation>&amp;Actualisation depuis Vapi et Twilio :</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <source>How often the console fetches assistants and numbers again by itself; F5 always does it at once</source>
        <translation>Fréquence à laquelle la console récupère d'elle-même les assistants et les numéros ; F5 le fait toujours immédiatement</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts. “System default” follows the language of your computer.</source>
        <translation>La langue change au prochain démarrage de Switchboard. « Langue du système » suit la langue de votre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Espace de &amp;travail</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres de l'espace de travail</translation>
    </message>
    <message>
        <source>These settings belong to the workspace: everyone who opens it shares them.</source>
        <translation>Ces paramètres appartiennent à l'espace de travail : tous ceux qui l'ouvrent les partagent.</translation>
    </message>
    <message>
        <source>Numbers and costs</source>
        <translation>Numéros et coûts</translation>
    </message>
    <message>
        <source>Default &amp;area code:</source>
        <translation>&amp;Indicatif par défaut :</translation>
    </message>
    <message>
        <source>Default area code</source>
        <translation>Indicatif par défaut</translation>
    </message>
    <message>
        <source>The US area code free Vapi numbers are asked in when an organization has no preference of its own</source>
        <translation>L'indicatif américain dans lequel les numéros Vapi gratuits sont demandés quand une organisation n'a pas de préférence propre</translation>
    </message>
    <message>
        <source>Three digits, such as 415</source>
        <translation>Trois chiffres, comme 415</translation>
    </message>
    <message>
        <source>Twilio &amp;price per number:</source>
        <translation>&amp;Prix Twilio par numéro :</translation>
    </message>
    <message>
        <source>Twilio monthly price per number</source>
        <translation>Prix mensuel Twilio par numéro</translation>
    </message>
    <message>
        <source>What one Twilio number costs a month, in US dollars; the Scaling tab multiplies it</source>
        <translation>Ce que coûte un numéro Twilio par mois, en dollars US ; l'onglet Croissance le multiplie</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>B&amp;uy numbers in the workspace's Twilio account when its pool is used up</source>
        <translation>Ac&amp;heter des numéros dans le compte Twilio de l'espace de travail quand sa réserve est épuisée</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au &amp;maximum :</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Limite d'achats mensuelle</translation>
    </message>
    <message>
        <source>The workspace's Vapi account</source>
        <translation>Le compte Vapi de l'espace de travail</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Région Vapi</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé pri&amp;vée :</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Clé privée Vapi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Tester la connexion à Vapi</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Résultat du test de connexion à Vapi</translation>
    </message>
    <message>
        <source>The workspace's Twilio account</source>
        <translation>Le compte Twilio de l'espace de travail</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID du compte :</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID du compte Twilio</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>Clé API et s&amp;ecret</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>Jet&amp;on d'authentification :</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d'authentification Twilio</translation>
    </message>
    <message>
        <source>API key S&amp;ID:</source>
        <translation>SI&amp;D de la clé API :</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clé API Twilio</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Secret de la clé &amp;API :</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secret de la clé API Twilio</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Tester la connexion à Twilio</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Résultat du test de connexion à Twilio</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>Where the workspace is kept: organizations, accounts, numbers and the history of every step.</source>
        <translation>Où l'espace de travail est conservé : organisations, comptes, numéros et historique de chaque étape.</translation>
    </message>
    <message>
        <source>This &amp;computer (SQLite file)</source>
        <translation>&amp;Cet ordinateur (fichier SQLite)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier d'espace de travail</translation>
    </message>
    <message>
        <source>&amp;Team server (PostgreSQL URL)</source>
        <translation>&amp;Serveur d'équipe (URL PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL PostgreSQL</translation>
    </message>
    <message>
        <source>The change takes effect the next time Switchboard starts. A team server's password is kept in the keychain, never in the URL.</source>
        <translation>La modification prend effet au prochain démarrage de Switchboard. Le mot de passe d'un serveur d'équipe est conservé dans le trousseau, jamais dans l'URL.</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problèmes dans les paramètres</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>When an assistant waits in the manual queue, and when a Vapi account's free numbers reach 80 % or 100 %</source>
        <translation>Quand un assistant attend dans la file manuelle, et quand les numéros gratuits d'un compte Vapi atteignent 80 % ou 100 %</translation>
    </message>
    <message>
        <source>An assistant created in the console, the command line or Vapi gets a number through the chain without anyone asking; one that cannot get one waits in the manual queue. Each organization may choose otherwise in its settings.</source>
        <translation>Un assistant créé dans la console, en ligne de commande ou dans Vapi obtient un numéro par la chaîne sans que personne ne le demande ; celui qui ne peut pas en obtenir attend dans la file manuelle. Chaque organisation peut choisir autrement dans ses réglages.</translation>
    </message>
    <message>
        <source>Gi&amp;ve new assistants a number automatically</source>
        <translation>Donner automatiquement un numéro aux nou&amp;veaux assistants</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Jeton d'aut&amp;hentification</translation>
    </message>
    <message>
        <source>Free-number cap of the workspace's Vapi account</source>
        <translation>Plafond de numéros gratuits du compte Vapi de l'espace de travail</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Combien de numéros gratuits Vapi donne à ce compte. Ne le changez que si Vapi a accordé un autre plafond au compte ; Switchboard l'abaisse de lui-même quand Vapi refuse un numéro gratuit en dessous.</translation>
    </message>
    <message>
        <source>&amp;Free-number cap:</source>
        <translation>Pla&amp;fond de numéros gratuits :</translation>
    </message>
</context>
<context>
    <name>Switchboard::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Phone numbers for Vapi voice assistants across many customer organizations.</source>
        <translation>Des numéros de téléphone pour les assistants vocaux Vapi de nombreuses organisations clientes.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Switchboard developers.&lt;br&gt;Released under the &lt;a href="%1"&gt;Apache License 2.0&lt;/a&gt;.</source>
        <translation>Copyright 2026 The Switchboard developers.&lt;br&gt;Publié sous la &lt;a href="%1"&gt;licence Apache 2.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Switchboard uses Qt, QtKeychain, libphonenumber and other libraries under their own licences.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2. Switchboard utilise Qt, QtKeychain, libphonenumber et d’autres bibliothèques sous leurs propres licences.</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licences &amp;tierces</translation>
    </message>
</context>
<context>
    <name>Switchboard::AccountStore</name>
    <message>
        <source>free-number cap: must be zero or more</source>
        <translation>plafond de numéros gratuits : doit être positif ou nul</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID du compte Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clé API Twilio</translation>
    </message>
    <message>
        <source>That Vapi account is no longer in the workspace.</source>
        <translation>Ce compte Vapi n'est plus dans l'espace de travail.</translation>
    </message>
    <message>
        <source>That owner has an account of this kind already: edit it instead (%1).</source>
        <translation>Ce propriétaire a déjà un compte de ce type : modifiez-le plutôt (%1).</translation>
    </message>
    <message>
        <source>That Twilio account is no longer in the workspace.</source>
        <translation>Ce compte Twilio n'est plus dans l'espace de travail.</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) changed: %3</source>
        <translation>Compte Vapi « %1 » (%2) modifié : %3</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) added</source>
        <translation>Compte Vapi « %1 » (%2) ajouté</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) removed</source>
        <translation>Compte Vapi « %1 » (%2) supprimé</translation>
    </message>
    <message>
        <source>Vapi refused a free number: the cap of "%1" is %2 (was %3)</source>
        <translation>Vapi a refusé un numéro gratuit : le plafond de « %1 » est %2 (était %3)</translation>
    </message>
    <message>
        <source>Free-number cap of "%1" set by hand to %2 (was %3)</source>
        <translation>Plafond de numéros gratuits de « %1 » fixé à la main à %2 (était %3)</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) changed: %3</source>
        <translation>Compte Twilio %1 (%2) modifié : %3</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) added</source>
        <translation>Compte Twilio %1 (%2) ajouté</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) removed</source>
        <translation>Compte Twilio %1 (%2) supprimé</translation>
    </message>
    <message>
        <source>the organization's</source>
        <translation>de l'organisation</translation>
    </message>
    <message>
        <source>the workspace's</source>
        <translation>de l'espace de travail</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiEndpoint</name>
    <message>
        <source>The API address is empty; enter an https:// address.</source>
        <translation>L'adresse de l'API est vide ; saisissez une adresse https://.</translation>
    </message>
    <message>
        <source>"%1" is not a valid API address; enter an https:// address such as https://api.vapi.ai.</source>
        <translation>« %1 » n'est pas une adresse d'API valide ; saisissez une adresse https:// comme https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password; credentials are entered separately.</source>
        <translation>L'adresse de l'API ne doit contenir ni nom d'utilisateur ni mot de passe ; les identifiants se saisissent à part.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; use an https:// address (plain http is only allowed for a local sandbox on 127.0.0.1).</source>
        <translation>Le http non chiffré vers %1 est refusé ; utilisez une adresse https:// (le http n'est autorisé que pour un bac à sable local sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must start with https://, not %1:.</source>
        <translation>L'adresse de l'API doit commencer par https://, et non par %1:.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiError</name>
    <message>
        <source>Could not reach %1; check the internet connection, the proxy and the firewall, then try again.</source>
        <translation>Impossible de joindre %1 ; vérifiez la connexion Internet, le proxy et le pare-feu, puis réessayez.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>That number is no longer available from Twilio; search again and pick another one.</source>
        <translation>Ce numéro n'est plus disponible chez Twilio ; relancez la recherche et choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Twilio has no numbers left in that area code; try a nearby area code.</source>
        <translation>Twilio n'a plus de numéros avec cet indicatif ; essayez un indicatif voisin.</translation>
    </message>
    <message>
        <source>Vapi refused the API key; paste the private key (not the public one) of this account, and check that its region (US or EU) matches.</source>
        <translation>Vapi a refusé la clé API ; collez la clé privée (et non la publique) de ce compte, et vérifiez que sa région (US ou EU) correspond.</translation>
    </message>
    <message>
        <source>Twilio refused the credentials; check the Account SID with its auth token, or the API key SID with its secret, and that the account is active.</source>
        <translation>Twilio a refusé les identifiants ; vérifiez l'Account SID avec son jeton d'authentification, ou le SID de la clé API avec son secret, et que le compte est actif.</translation>
    </message>
    <message>
        <source>%1 no longer has this item (it was deleted or belongs to another account); refresh the list and try again.</source>
        <translation>%1 n'a plus cet élément (il a été supprimé ou appartient à un autre compte) ; actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>%1 rejected the request; correct what its message names and try again.</source>
        <translation>%1 a rejeté la requête ; corrigez ce que son message indique et réessayez.</translation>
    </message>
    <message>
        <source>This Vapi account has no free numbers left; release an unused free number or import a Twilio number instead.</source>
        <translation>Ce compte Vapi n'a plus de numéros gratuits ; libérez un numéro gratuit inutilisé ou importez plutôt un numéro Twilio.</translation>
    </message>
    <message>
        <source>%1 is limiting requests; wait a minute and try again, or lower the number of requests in flight in the settings.</source>
        <translation>%1 limite les requêtes ; attendez une minute et réessayez, ou réduisez le nombre de requêtes simultanées dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 had an internal error; try again in a few minutes and check its status page if it persists.</source>
        <translation>%1 a rencontré une erreur interne ; réessayez dans quelques minutes et consultez sa page d'état si elle persiste.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; try again, and check the connection if it keeps happening.</source>
        <translation>%1 n'a pas répondu à temps ; réessayez, et vérifiez la connexion si cela se reproduit.</translation>
    </message>
    <message>
        <source>%1 sent an answer Switchboard cannot read; try again, and report it if it keeps happening.</source>
        <translation>%1 a envoyé une réponse que Switchboard ne sait pas lire ; réessayez, et signalez-le si cela se reproduit.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified; check the computer's clock and any proxy or antivirus that intercepts HTTPS.</source>
        <translation>Le certificat du serveur n'a pas pu être vérifié ; vérifiez l'horloge de l'ordinateur et tout proxy ou antivirus qui intercepte le HTTPS.</translation>
    </message>
    <message>
        <source>%1 sent a redirect to another address, which Switchboard does not follow; check the API address in the account settings.</source>
        <translation>%1 a renvoyé vers une autre adresse, ce que Switchboard ne suit pas ; vérifiez l'adresse de l'API dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The request was blocked before it reached %1 (by the firewall in front of it, not because of the key); check the network, VPN or proxy this computer uses, and try again later. If it keeps happening, report the error code.</source>
        <translation>La requête a été bloquée avant d’atteindre %1 (par le pare-feu placé devant, pas à cause de la clé) ; vérifiez le réseau, le VPN ou le proxy de cet ordinateur, puis réessayez plus tard. Si cela persiste, signalez le code d’erreur.</translation>
    </message>
    <message>
        <source>Vapi wants a payment method on this account before it gives another free number; the customer adds one in the Vapi dashboard's billing page.</source>
        <translation>Vapi demande un moyen de paiement sur ce compte avant de donner un autre numéro gratuit ; le client l'ajoute sur la page de facturation du tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>Vapi has no free number in that area code right now; try one of the area codes it suggests, or leave the area code empty.</source>
        <translation>Vapi n'a pas de numéro gratuit dans cet indicatif pour le moment ; essayez l'un des indicatifs suggérés ou laissez l'indicatif vide.</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantDialog</name>
    <message>
        <source>Create an assistant</source>
        <translation>Créer un assistant</translation>
    </message>
    <message>
        <source>A new assistant in the Vapi account of %1, linked to it.</source>
        <translation>Un nouvel assistant dans le compte Vapi de %1, lié à celle-ci.</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Link an assistant</source>
        <translation>Lier un assistant</translation>
    </message>
    <message>
        <source>Pick an assistant of the Vapi account of %1 that no organization has yet, or type its Vapi id.</source>
        <translation>Choisissez un assistant du compte Vapi de %1 qu'aucune organisation n'a encore, ou saisissez son id Vapi.</translation>
    </message>
    <message>
        <source>Assistants without an organization</source>
        <translation>Assistants sans organisation</translation>
    </message>
    <message>
        <source>Vapi id %1</source>
        <translation>Id Vapi %1</translation>
    </message>
    <message>
        <source>a Vapi assistant id (a UUID)</source>
        <translation>un id d'assistant Vapi (un UUID)</translation>
    </message>
    <message>
        <source>Or the Vapi &amp;id:</source>
        <translation>Ou l'&amp;id Vapi :</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Id Vapi</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Liaison…</translation>
    </message>
    <message>
        <source>Creating %1 in Vapi…</source>
        <translation>Création de %1 dans Vapi…</translation>
    </message>
    <message>
        <source>Linking it in Vapi…</source>
        <translation>Liaison dans Vapi…</translation>
    </message>
    <message>
        <source>The last listing of the Vapi account of %1 has no assistant without an organization. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>La dernière liste du compte Vapi de %1 ne contient aucun assistant sans organisation. Pour un assistant créé depuis, actualisez d'abord (F5) ou saisissez son id Vapi.</translation>
    </message>
    <message>
        <source>Vapi &amp;id:</source>
        <translation>&amp;Id Vapi :</translation>
    </message>
    <message>
        <source>A new assistant in the workspace's Vapi account, linked to %1.</source>
        <translation>Un nouvel assistant dans le compte Vapi de l'espace de travail, lié à %1.</translation>
    </message>
    <message>
        <source>The last listing of the workspace's Vapi account has no assistant without an organization to link to %1. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>La dernière liste du compte Vapi de l'espace de travail n'a aucun assistant sans organisation à lier à %1. Pour un assistant créé depuis, actualisez (F5) d'abord, ou saisissez son id Vapi.</translation>
    </message>
    <message>
        <source>Pick an assistant of the workspace's Vapi account that no organization has yet, or type its Vapi id, to link it to %1.</source>
        <translation>Choisissez un assistant du compte Vapi de l'espace de travail qu'aucune organisation n'a encore, ou saisissez son id Vapi, pour le lier à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n character(s): Vapi's limit for a name.</source>
        <translation>
            <numerusform>Jusqu'à %n caractère : la limite de Vapi pour un nom.</numerusform>
            <numerusform>Jusqu'à %n caractères : la limite de Vapi pour un nom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantLinking</name>
    <message>
        <source>No Vapi account serves %1; set up the workspace's first.</source>
        <translation>Aucun compte Vapi ne dessert %1 ; configurez d'abord celui de l'espace de travail.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 already: an assistant is linked to one organization only. If it really changes customer, remove "%3" from its metadata in the Vapi dashboard first.</source>
        <translation>%1 appartient déjà à %2 : un assistant n'est lié qu'à une seule organisation. S'il change vraiment de client, retirez d'abord « %3 » de ses métadonnées dans le tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>The Vapi account that serves %1 has no assistant %2: it may belong to another Vapi account (another customer's own), or have been deleted.</source>
        <translation>Le compte Vapi qui sert %1 n'a pas d'assistant %2 : il appartient peut-être à un autre compte Vapi (celui d'un autre client) ou a été supprimé.</translation>
    </message>
    <message>
        <source>%1 created in Vapi for %2</source>
        <translation>%1 créé dans Vapi pour %2</translation>
    </message>
    <message>
        <source>%1 linked to %2</source>
        <translation>%1 lié à %2</translation>
    </message>
    <message>
        <source>%1 was not created for %2: %3</source>
        <translation>%1 n'a pas été créé pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 was not linked to %2: %3</source>
        <translation>%1 n'a pas été lié à %2 : %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Not in an organization</source>
        <translation>Dans aucune organisation</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Attribution…</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>En attente dans la file manuelle</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Needs a number</source>
        <translation>Sans numéro</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Assistant %1</translation>
    </message>
    <message>
        <source>No number routes to this assistant: nobody can call it. Provision one.</source>
        <translation>Aucun numéro ne mène à cet assistant : personne ne peut l'appeler. Attribuez-lui un numéro.</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Aucun numéro</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Activating: calls work in a few minutes</source>
        <translation>Activation en cours : les appels fonctionneront dans quelques minutes</translation>
    </message>
    <message>
        <source>Number blocked by Vapi</source>
        <translation>Numéro bloqué par Vapi</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsView</name>
    <message>
        <source>Provisioning the assistants without a number (%1)…</source>
        <translation>Attribution de numéros aux assistants qui n'en ont pas (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Provision all unassigned</source>
        <translation>Attribuer à tous ceux sans numéro</translation>
    </message>
    <message>
        <source>Cancelling: the assistant being provisioned finishes first…</source>
        <translation>Annulation : l'assistant en cours de traitement se termine d'abord…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>Vapi est injoignable : l'attribution attend la connexion.</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Lancer la chaîne d'attribution pour l'assistant sélectionné : numéro Vapi gratuit, puis Twilio, puis la file manuelle</translation>
    </message>
    <message>
        <source>No assistants yet: create one, or link one from Vapi.</source>
        <translation>Aucun assistant pour l'instant : créez-en un, ou liez-en un depuis Vapi.</translation>
    </message>
    <message>
        <source>Assistants: %1, every one with a number.</source>
        <translation>Assistants : %1, tous avec un numéro.</translation>
    </message>
    <message>
        <source>Assistants: %1, without a number: %2.</source>
        <translation>Assistants : %1, sans numéro : %2.</translation>
    </message>
    <message>
        <source>%1 of %2 assistants done…</source>
        <translation>%1 assistants sur %2 traités…</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Dernier : %1</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>Copier l'id de l'&amp;assistant</translation>
    </message>
    <message>
        <source>Copy na&amp;me</source>
        <translation>Copier le no&amp;m</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copier le &amp;numéro</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Ouvrir le &amp;tableau de bord Vapi</translation>
    </message>
    <message>
        <source>Open the manual queue</source>
        <translation>Ouvrir la file manuelle</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutoProvisioner</name>
    <message>
        <source>The organizations could not be read: %1</source>
        <translation>Les organisations n'ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The assistants of %1 could not be read: %2</source>
        <translation>Les assistants de %1 n'ont pas pu être lus : %2</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>L'historique de %1 n'a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutomaticProvisioning</name>
    <message>
        <source>An assistant waits in the manual queue</source>
        <translation>Un assistant attend dans la file manuelle</translation>
    </message>
    <message>
        <source>%1 could not get a number: %2</source>
        <translation>%1 n'a pas pu obtenir de numéro : %2</translation>
    </message>
    <message>
        <source>Free numbers used up: %1</source>
        <translation>Numéros gratuits épuisés : %1</translation>
    </message>
    <message>
        <source>Free numbers at %1 %: %2</source>
        <translation>Numéros gratuits à %1 % : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::BuyNumberDialog</name>
    <message>
        <source>Buy a Twilio number</source>
        <translation>Acheter un numéro Twilio</translation>
    </message>
    <message>
        <source>A number for the workspace's pool, bought on %1.</source>
        <translation>Un numéro pour la réserve de l'espace de travail, acheté avec le %1.</translation>
    </message>
    <message>
        <source>A number for the pool of %1, bought on %2.</source>
        <translation>Un numéro pour la réserve de %1, acheté avec le %2.</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %n purchase(s) made.</source>
        <translation>
            <numerusform>Ce mois-ci : %1 sur %n achat effectué.</numerusform>
            <numerusform>Ce mois-ci : %1 sur %n achats effectués.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>&amp;Indicatif régional :</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Numbers &amp;offered:</source>
        <translation>Numéros &amp;proposés :</translation>
    </message>
    <message>
        <source>Numbers Twilio offers</source>
        <translation>Numéros proposés par Twilio</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Acheter</translation>
    </message>
    <message>
        <source>Type a three-digit US or Canadian area code, such as 415.</source>
        <translation>Saisissez un indicatif régional américain ou canadien à trois chiffres, comme 415.</translation>
    </message>
    <message>
        <source>Asking Twilio for numbers in %1…</source>
        <translation>Demande à Twilio des numéros en %1…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Twilio offers no voice number in %1 now: try a neighbouring area code.</source>
        <translation>Twilio ne propose aucun numéro vocal en %1 pour le moment : essayez un indicatif voisin.</translation>
    </message>
    <message>
        <source>Pick a number and choose Buy. It goes to the pool, free for the next assistant.</source>
        <translation>Choisissez un numéro, puis Acheter. Il rejoint la réserve, libre pour le prochain assistant.</translation>
    </message>
    <message>
        <source>Buying %1 on %2…</source>
        <translation>Achat de %1 avec le %2…</translation>
    </message>
    <message>
        <source>%1 has no Twilio account of its own: the number goes to the workspace's pool, bought on %2, and serves %1 and every other organization without one.</source>
        <translation>%1 n'a pas de compte Twilio propre : le numéro rejoint la réserve de l'espace de travail, acheté avec le %2, et sert %1 et toute autre organisation sans compte propre.</translation>
    </message>
    <message>
        <source>e.g. 415</source>
        <translation>p. ex. 415</translation>
    </message>
    <message>
        <source>Twilio bills about %1 a month for a local number; a subaccount's numbers are billed to its main account.</source>
        <translation>Twilio facture environ %1 par mois un numéro local ; les numéros d'un sous-compte sont facturés à son compte principal.</translation>
    </message>
</context>
<context>
    <name>Switchboard::CancellableWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L'export a été annulé.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChainPlanner</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>le compte Twilio de l'organisation</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>le compte Twilio de l'espace de travail</translation>
    </message>
    <message>
        <source>No Vapi account serves this organization: set up the workspace's Vapi account, or the organization's own.</source>
        <translation>Aucun compte Vapi ne dessert cette organisation : configurez le compte Vapi de l'espace de travail, ou celui de l'organisation.</translation>
    </message>
    <message>
        <source>A free Vapi SIP URI (%1).</source>
        <translation>Une URI SIP Vapi gratuite (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number (%1).</source>
        <translation>Un numéro Vapi gratuit (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number in area code %1 (%2).</source>
        <translation>Un numéro Vapi gratuit avec l'indicatif %1 (%2).</translation>
    </message>
    <message>
        <source>The organization has no Twilio account of its own.</source>
        <translation>L'organisation n'a pas de compte Twilio propre.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account.</source>
        <translation>L'espace de travail n'a pas de compte Twilio.</translation>
    </message>
    <message>
        <source>Import the next pool number of %1 (%2 available).</source>
        <translation>Importer le prochain numéro de la réserve de %1 (%2 disponibles).</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and buying numbers is not allowed.</source>
        <translation>La réserve de numéros de %1 est épuisée, et l'achat de numéros n'est pas autorisé.</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and this month's purchase limit (%2) is reached.</source>
        <translation>La réserve de numéros de %1 est épuisée, et la limite d'achats du mois (%2) est atteinte.</translation>
    </message>
    <message>
        <source>Queue a task for a person to assign a number by hand.</source>
        <translation>Mettre en file une tâche pour qu'une personne affecte un numéro à la main.</translation>
    </message>
    <message numerus="yes">
        <source>Buy a number in %1 (%2 of %n purchase(s) used this month) and import it.</source>
        <translation>
            <numerusform>Acheter un numéro dans %1 (%2 sur %n achat utilisé ce mois-ci) et l'importer.</numerusform>
            <numerusform>Acheter un numéro dans %1 (%2 sur %n achats utilisés ce mois-ci) et l'importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and it is a Twilio trial account: Twilio refused a purchase on %2 because a trial account may own only one number. Upgrade the Twilio account in the Twilio Console, then mark it upgraded (switchboard-cli org edit or workspace set, --twilio-upgraded) to buy from it again.</source>
        <translation>La réserve de numéros de %1 est épuisée, et c'est un compte d'essai Twilio : Twilio a refusé un achat le %2 car un compte d'essai ne peut posséder qu'un seul numéro. Passez le compte Twilio à un compte payant dans la Twilio Console, puis indiquez-le (switchboard-cli org edit ou workspace set, --twilio-upgraded) pour y acheter de nouveau.</translation>
    </message>
    <message>
        <source>Check whether Vapi's cap of %1 (%2) still holds: one free number is asked for.</source>
        <translation>Vérifier si le plafond de %1 de Vapi (%2) tient toujours : un numéro gratuit est demandé.</translation>
    </message>
    <message>
        <source>The free allowance is used up: %1 (cap: %2).</source>
        <translation>L'allocation gratuite est épuisée : %1 (plafond : %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n pool number(s) passed over: Twilio said they cannot be used (see the pool; `switchboard-cli pool check` asks again).</source>
        <translation>
            <numerusform>%n numéro du pool ignoré : Twilio indique qu'il est inutilisable (voir le pool ; `switchboard-cli pool check` redemande).</numerusform>
            <numerusform>%n numéros du pool ignorés : Twilio indique qu'ils sont inutilisables (voir le pool ; `switchboard-cli pool check` redemande).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::CompleteTaskDialog</name>
    <message>
        <source>Which number or SIP URI does %1 get? Assign it in Vapi as well if it is not there yet; Switchboard records it and closes the task.</source>
        <translation>Quel numéro ou quelle URI SIP reçoit %1 ? Affectez-le aussi dans Vapi s'il n'y est pas encore ; Switchboard l'enregistre et ferme la tâche.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>SIP URI: %1</source>
        <translation>URI SIP : %1</translation>
    </message>
    <message>
        <source>Number: %1 (%2)</source>
        <translation>Numéro : %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Numéro ou URI SIP</translation>
    </message>
    <message>
        <source>is empty: type a number such as +1 415 555 2671, or a SIP URI such as sip:desk@sip.vapi.ai</source>
        <translation>est vide : saisissez un numéro tel que +1 415 555 2671, ou une URI SIP telle que sip:accueil@sip.vapi.ai</translation>
    </message>
    <message>
        <source>must be on sip.vapi.ai (sip.eu.vapi.ai for an account in the EU), not %1: Vapi answers SIP calls only there</source>
        <translation>doit être sur sip.vapi.ai (sip.eu.vapi.ai pour un compte dans l'UE), pas sur %1 : Vapi ne répond aux appels SIP que là</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Assigning %1 in Vapi…</source>
        <translation>Attribution de %1 dans Vapi…</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionStatus</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1 : en ligne</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1 : hors ligne</translation>
    </message>
    <message>
        <source>%1: offline since %2</source>
        <translation>%1 : hors ligne depuis %2</translation>
    </message>
    <message>
        <source>Switchboard works from the workspace meanwhile; changes that need %1 wait for the connection.</source>
        <translation>En attendant, Switchboard travaille avec l'espace de travail ; les modifications qui ont besoin de %1 attendent la connexion.</translation>
    </message>
    <message>
        <source>%1: no account set up</source>
        <translation>%1 : aucun compte configuré</translation>
    </message>
    <message>
        <source>Set up the workspace's %1 account (File → Settings), or an organization's own.</source>
        <translation>Configurez le compte %1 de l'espace de travail (Fichier → Paramètres), ou celui d'une organisation.</translation>
    </message>
    <message>
        <source>%1: check the key</source>
        <translation>%1 : vérifiez la clé</translation>
    </message>
    <message>
        <source>%1 (Settings → Workspace, or Edit organization for a customer's own account)</source>
        <translation>%1 (Paramètres → Espace de travail, ou Modifier l'organisation pour le compte propre d'un client)</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionTest</name>
    <message>
        <source>Connected. The account holds no phone number and no assistant yet, so which Vapi account it is cannot be told; it is not compared with the other organizations' accounts.</source>
        <translation>Connecté. Le compte n’a encore aucun numéro ni assistant, on ne peut donc pas dire de quel compte Vapi il s’agit ; il n’est pas comparé aux comptes des autres organisations.</translation>
    </message>
    <message>
        <source>Connected to Vapi account %1.</source>
        <translation>Connecté au compte Vapi %1.</translation>
    </message>
    <message>
        <source>The workspace has no Vapi account yet: enter its private key.</source>
        <translation>L'espace de travail n'a pas encore de compte Vapi : saisissez sa clé privée.</translation>
    </message>
    <message>
        <source>Connected: these credentials may manage the numbers of Twilio account %1.</source>
        <translation>Connecté : ces identifiants peuvent gérer les numéros du compte Twilio %1.</translation>
    </message>
    <message>
        <source>Enter the account's secret to test it.</source>
        <translation>Saisissez le secret du compte pour le tester.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Console</name>
    <message>
        <source>Team database</source>
        <translation>Base de données d'équipe</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1 The console shows what it read last; changes wait for the server.</source>
        <translation>La base de données d'équipe est injoignable : %1 La console affiche ce qu'elle a lu en dernier ; les modifications attendent le serveur.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsoleController</name>
    <message>
        <source>The keychain cannot be used: %1 Switchboard keeps working for everything that needs no secret; nothing is stored in plain text.</source>
        <translation>Le trousseau est inutilisable : %1 Switchboard continue de fonctionner pour tout ce qui ne demande pas de secret ; rien n'est enregistré en clair.</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n provisioning(s) left unfinished last time.</source>
        <translation>
            <numerusform>%n attribution restée inachevée la dernière fois a été terminée.</numerusform>
            <numerusform>%n attributions restées inachevées la dernière fois ont été terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>That number is no longer known; refresh and try again.</source>
        <translation>Ce numéro n'est plus connu ; actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Choose an organization served by a Vapi account first.</source>
        <translation>Choisissez d'abord une organisation desservie par un compte Vapi.</translation>
    </message>
    <message>
        <source>%1 stays in the pool, and in the Twilio account.</source>
        <translation>%1 reste dans la réserve, et dans le compte Twilio.</translation>
    </message>
    <message>
        <source>The cap could not be marked for a new check: %1</source>
        <translation>Le plafond n'a pas pu être marqué pour une nouvelle vérification : %1</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi for a free number again, and learns the cap anew.</source>
        <translation>Le prochain provisionnement redemande un numéro gratuit à Vapi et réapprend le plafond.</translation>
    </message>
    <message>
        <source>Enter the account's secret to ask Twilio.</source>
        <translation>Saisissez le secret du compte pour interroger Twilio.</translation>
    </message>
    <message>
        <source>%1 was created; finding it a number…</source>
        <translation>%1 a été créé ; recherche d'un numéro…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing was done: the team database does not answer (%1). Try again when the status bar shows it online.</source>
        <translation>Rien n'a été fait : la base de données de l'équipe ne répond pas (%1). Réessayez quand la barre d'état l'indique en ligne.</translation>
    </message>
    <message>
        <source>Manual task #%1 is no longer open.</source>
        <translation>La tâche manuelle #%1 n'est plus ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n a obtenu un numéro</numerusform>
            <numerusform>%n ont obtenu un numéro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see History)</source>
        <translation>
            <numerusform>%n en échec (voir l'historique)</numerusform>
            <numerusform>%n en échec (voir l'historique)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1. Start again to go on.</source>
        <translation>Arrêté : %1. Relancez pour continuer.</translation>
    </message>
    <message>
        <source>Provisioned: %1.</source>
        <translation>Provisionné : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n attend dans la file manuelle</numerusform>
            <numerusform>%n attendent dans la file manuelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2 now.</source>
        <translation>%1 appartient maintenant à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n not started (%1)</source>
        <translation>
            <numerusform>%n non démarré (%1)</numerusform>
            <numerusform>%n non démarrés (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was created for %2; it has no number until it is provisioned.</source>
        <translation>%1 a été créé pour %2 ; il n'a pas de numéro tant qu'il n'est pas attribué.</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets. Its history stays.</source>
        <translation>%1 et ses secrets ont été supprimés. Son historique reste.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>The keychain did not keep a key: %1</source>
        <translation>Le trousseau n'a pas conservé une clé : %1</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up: save again once the keychain takes the key.</source>
        <translation>Le compte Vapi de l'espace de travail n'est pas configuré : enregistrez à nouveau dès que le trousseau accepte la clé.</translation>
    </message>
    <message>
        <source>The Vapi account without its key could not be taken out of the workspace: %1</source>
        <translation>Le compte Vapi sans sa clé n'a pas pu être retiré de l'espace de travail : %1</translation>
    </message>
    <message>
        <source>Save again once the keychain takes it; until then, the key it had before (if any) stays in use.</source>
        <translation>Enregistrez à nouveau dès que le trousseau l'accepte ; d'ici là, la clé qu'il avait (le cas échéant) reste utilisée.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ContextMenus</name>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Copié dans le presse-papiers : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialClientProvider</name>
    <message>
        <source>the Vapi private key (%1): %2</source>
        <translation>la clé privée Vapi (%1) : %2</translation>
    </message>
    <message>
        <source>the Twilio secret (%1): %2</source>
        <translation>le secret Twilio (%1) : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialService</name>
    <message>
        <source>Set it in the workspace's credentials (or with switchboard-cli), or provide it in the environment variable %1.</source>
        <translation>Définissez-le dans les identifiants de l'espace de travail (ou avec switchboard-cli), ou fournissez-le dans la variable d'environnement %1.</translation>
    </message>
    <message>
        <source>Set it in the organization's credentials, or with switchboard-cli.</source>
        <translation>Définissez-le dans les identifiants de l'organisation, ou avec switchboard-cli.</translation>
    </message>
    <message>
        <source>Switchboard stopped before the keychain answered; the operation may not have completed.</source>
        <translation>Switchboard s'est arrêté avant la réponse du trousseau ; l'opération n'est peut-être pas terminée.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be set.</source>
        <translation>Seuls les secrets des organisations et de l'espace de travail peuvent être définis.</translation>
    </message>
    <message>
        <source>%1: the value is empty; nothing was stored.</source>
        <translation>%1 : la valeur est vide ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist; nothing was stored.</source>
        <translation>L'organisation %1 n'existe pas ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was stored.</source>
        <translation>L'espace de travail est illisible (%1) ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The keychain holds the new value.</source>
        <translation>Le trousseau contient la nouvelle valeur.</translation>
    </message>
    <message>
        <source>The secret was taken out of the keychain again; try again.</source>
        <translation>Le secret a de nouveau été retiré du trousseau ; réessayez.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be read.</source>
        <translation>Seuls les secrets des organisations et de l'espace de travail peuvent être lus.</translation>
    </message>
    <message>
        <source>%1 is recorded as set in this workspace, but this computer's keychain has no entry for it (it may have been set on another computer that shares the workspace, or removed with the keychain's own tool). Set it again here.</source>
        <translation>%1 est noté comme défini dans cet espace de travail, mais le trousseau de cet ordinateur n'a pas d'entrée pour lui (il a peut-être été défini sur un autre ordinateur qui partage l'espace de travail, ou supprimé avec l'outil du trousseau). Définissez-le de nouveau ici.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be removed.</source>
        <translation>Seuls les secrets des organisations et de l'espace de travail peuvent être supprimés.</translation>
    </message>
    <message>
        <source>%1 was removed from the keychain, but the workspace still lists it: %2</source>
        <translation>%1 a été supprimé du trousseau, mais l'espace de travail le mentionne encore : %2</translation>
    </message>
    <message>
        <source>%1 is not an organization id; nothing was removed.</source>
        <translation>%1 n'est pas un identifiant d'organisation ; rien n'a été supprimé.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was removed.</source>
        <translation>L'espace de travail est illisible (%1) ; rien n'a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</source>
        <translation>
            <numerusform>%n secret de l'organisation %1 n'a pas pu être supprimé (%2). Il reste listé, pour que la suppression de l'organisation puisse être retentée.</numerusform>
            <numerusform>%n secrets de l'organisation %1 n'ont pas pu être supprimés (%2). Ils restent listés, pour que la suppression de l'organisation puisse être retentée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot come from the environment.</source>
        <translation>%1 ne peut pas venir de l'environnement.</translation>
    </message>
    <message>
        <source>%1 is not set; nothing was imported.</source>
        <translation>%1 n'est pas défini ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>The keychain does not work as it should: %1</source>
        <translation>Le trousseau ne fonctionne pas correctement : %1</translation>
    </message>
    <message>
        <source>it gave back something else than was just stored in it.</source>
        <translation>il a rendu autre chose que ce qui venait d'y être enregistré.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DatabaseLocation</name>
    <message>
        <source>The database URL contains a password. Passwords belong in the keychain: remove it from the URL and store it with `switchboard-cli database password set --database URL` (or let the console ask for it), or set SWITCHBOARD_DATABASE_PASSWORD for automation.</source>
        <translation>L'URL de la base de données contient un mot de passe. Les mots de passe ont leur place dans le trousseau : retirez-le de l'URL et enregistrez-le avec `switchboard-cli database password set --database URL` (ou laissez la console vous le demander), ou définissez SWITCHBOARD_DATABASE_PASSWORD pour l'automatisation.</translation>
    </message>
    <message>
        <source>The database location is empty. Give a file path or a URL like postgresql://user@host:5432/database.</source>
        <translation>L'emplacement de la base de données est vide. Indiquez un chemin de fichier ou une URL comme postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The file URL %1 is not valid.</source>
        <translation>L'URL de fichier %1 n'est pas valide.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// (or be a file path); "%1://" is not supported.</source>
        <translation>L'URL de la base de données doit commencer par postgresql:// (ou être un chemin de fichier) ; « %1:// » n'est pas pris en charge.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Write it as postgresql://user@host:5432/database[?sslmode=require].</source>
        <translation>L'URL de la base de données n'est pas valide. Écrivez-la sous la forme postgresql://user@host:5432/database[?sslmode=require].</translation>
    </message>
    <message>
        <source>The database URL's port must be between 1 and 65535.</source>
        <translation>Le port de l'URL de la base de données doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The database URL names no user. Write it as postgresql://user@host:5432/database.</source>
        <translation>L'URL de la base de données n'indique aucun utilisateur. Écrivez-la sous la forme postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL names no database (or more than one path segment). Write it as postgresql://user@host:5432/database.</source>
        <translation>L'URL de la base de données n'indique aucune base (ou plus d'un segment de chemin). Écrivez-la sous la forme postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL's sslmode "%1" is not known; use one of %2.</source>
        <translation>Le sslmode « %1 » de l'URL de la base de données est inconnu ; utilisez l'une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>The database URL's parameter "%1" is not supported; only sslmode is.</source>
        <translation>Le paramètre « %1 » de l'URL de la base de données n'est pas pris en charge ; seul sslmode l'est.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectoryRefresh</name>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>l'espace de travail n'a pas pu conserver la liste : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectorySync</name>
    <message>
        <source>The Vapi client of %1 went away.</source>
        <translation>Le client Vapi de %1 a disparu.</translation>
    </message>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>l'espace de travail n'a pas pu conserver la liste : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DisplayNames</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Vapi (free)</source>
        <translation>Vapi (gratuit)</translation>
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
        <translation>Opérateur propre (trunk SIP)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Free Vapi number</source>
        <translation>Numéro Vapi gratuit</translation>
    </message>
    <message>
        <source>Organization's Twilio</source>
        <translation>Twilio de l'organisation</translation>
    </message>
    <message>
        <source>Workspace's Twilio</source>
        <translation>Twilio de l'espace de travail</translation>
    </message>
    <message>
        <source>Manual assignment</source>
        <translation>Affectation manuelle</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Queued for manual assignment</source>
        <translation>En file pour affectation manuelle</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
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
        <translation>Numéro attribué</translation>
    </message>
    <message>
        <source>Number unassigned</source>
        <translation>Numéro désattribué</translation>
    </message>
    <message>
        <source>Number released from Vapi</source>
        <translation>Numéro libéré chez Vapi</translation>
    </message>
    <message>
        <source>Number released on Twilio</source>
        <translation>Numéro libéré chez Twilio</translation>
    </message>
    <message>
        <source>Number bought</source>
        <translation>Numéro acheté</translation>
    </message>
    <message>
        <source>Manual task opened</source>
        <translation>Tâche manuelle ouverte</translation>
    </message>
    <message>
        <source>Manual task completed</source>
        <translation>Tâche manuelle terminée</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Tâche manuelle abandonnée</translation>
    </message>
    <message>
        <source>Organization added</source>
        <translation>Organisation ajoutée</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organisation modifiée</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>Organisation supprimée</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Secret stored</source>
        <translation>Secret enregistré</translation>
    </message>
    <message>
        <source>Secret removed</source>
        <translation>Secret supprimé</translation>
    </message>
    <message>
        <source>Pool number added</source>
        <translation>Numéro ajouté à la réserve</translation>
    </message>
    <message>
        <source>Pool number removed</source>
        <translation>Numéro retiré de la réserve</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <source>Free-number cap learned</source>
        <translation>Plafond de numéros gratuits appris</translation>
    </message>
    <message>
        <source>Assistant created</source>
        <translation>Assistant créé</translation>
    </message>
    <message>
        <source>Assistant linked</source>
        <translation>Assistant lié</translation>
    </message>
</context>
<context>
    <name>Switchboard::EnvironmentCredentials</name>
    <message>
        <source>is set, but neither TWILIO_AUTH_TOKEN nor TWILIO_API_KEY with TWILIO_API_SECRET is; set one of them</source>
        <translation>est défini, mais ni TWILIO_AUTH_TOKEN ni TWILIO_API_KEY avec TWILIO_API_SECRET ; définissez l'un des deux</translation>
    </message>
    <message>
        <source>is not set, but a Twilio credential is; set it to the account's SID (AC followed by 32 hexadecimal digits)</source>
        <translation>n'est pas défini, alors qu'un identifiant Twilio l'est ; donnez-lui le SID du compte (AC suivi de 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_KEY is; set both, or neither</source>
        <translation>n'est pas défini, alors que TWILIO_API_KEY l'est ; définissez les deux, ou aucun</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_SECRET is; set both, or neither</source>
        <translation>n'est pas défini, alors que TWILIO_API_SECRET l'est ; définissez les deux, ou aucun</translation>
    </message>
    <message>
        <source>is not a valid phone number in E.164 form (e.g. +14155552671)</source>
        <translation>n'est pas un numéro de téléphone valide au format E.164 (p. ex. +14155552671)</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberCap</name>
    <message>
        <source>Vapi's documented cap</source>
        <translation>plafond documenté par Vapi</translation>
    </message>
    <message>
        <source>set by hand on %1</source>
        <translation>fixé à la main le %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <source>learned from Vapi on %1</source>
        <translation>appris de Vapi le %1</translation>
    </message>
    <message>
        <source>learned from Vapi</source>
        <translation>appris de Vapi</translation>
    </message>
    <message>
        <source>On %1 Vapi asked for a payment method before it gives this account another free number. Add one in the Vapi dashboard (%2), then check again.</source>
        <translation>Le %1, Vapi a demandé un moyen de paiement avant de donner un autre numéro gratuit à ce compte. Ajoutez-en un dans le tableau de bord Vapi (%2), puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberTries</name>
    <message>
        <source>Any area code</source>
        <translation>N'importe quel indicatif</translation>
    </message>
    <message>
        <source>Area code %1</source>
        <translation>Indicatif %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1: not available (Vapi suggested %2).</source>
        <translation>%1 : indisponible (Vapi a suggéré %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberUsage</name>
    <message numerus="yes">
        <source>%1 of %2 free numbers used (%3%), %n left</source>
        <translation>
            <numerusform>Numéros gratuits utilisés : %1 sur %2 (%3 %), %n restant</numerusform>
            <numerusform>Numéros gratuits utilisés : %1 sur %2 (%3 %), %n restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n free number(s) left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</source>
        <translation>
            <numerusform>Plus que %n numéro gratuit. Configurez dès maintenant Twilio pour cette organisation ou pour l'espace de travail, afin que les prochains assistants reçoivent un numéro sans interruption.</numerusform>
            <numerusform>Plus que %n numéros gratuits. Configurez dès maintenant Twilio pour cette organisation ou pour l'espace de travail, afin que les prochains assistants reçoivent un numéro sans interruption.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: Vapi gives this account %n free number(s), and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</source>
        <translation>
            <numerusform>Plein : Vapi donne à ce compte %n numéro gratuit, et %1 en service. Les nouveaux assistants reçoivent des numéros de Twilio là où il est configuré, sinon ils attendent dans la file manuelle.</numerusform>
            <numerusform>Plein : Vapi donne à ce compte %n numéros gratuits, et %1 en service. Les nouveaux assistants reçoivent des numéros de Twilio là où il est configuré, sinon ils attendent dans la file manuelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryModel</name>
    <message>
        <source>Assistant %1</source>
        <translation>Assistant %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Database role: %1</source>
        <translation>Rôle de base de données : %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Provisioning attempt: %1</source>
        <translation>Tentative d'attribution : %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueries</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueryWorker</name>
    <message>
        <source>The history cannot be read: no workspace is open.</source>
        <translation>L'historique est illisible : aucun espace de travail n'est ouvert.</translation>
    </message>
    <message>
        <source>Attempt %1 is not in the history.</source>
        <translation>La tentative %1 n'est pas dans l'historique.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>Impossible d'écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L'export a été annulé.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>%1 n'a pas pu être terminé : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>Impossible d'écrire %1 : %2. Rien n'a été enregistré ; libérez de l'espace à cet endroit ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryStore</name>
    <message>
        <source>assistant %1 is already being provisioned</source>
        <translation>une attribution est déjà en cours pour l'assistant %1</translation>
    </message>
    <message>
        <source>assistant %1 was tried before: new assistants are provisioned automatically once, and after that only on request</source>
        <translation>l'assistant %1 a déjà été tenté : les nouveaux assistants sont provisionnés automatiquement une fois, ensuite seulement sur demande</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>la base de données n'a renvoyé aucune ligne pour un nouvel enregistrement</translation>
    </message>
    <message>
        <source>step %1 is not in the history</source>
        <translation>l'étape %1 n'est pas dans l'historique</translation>
    </message>
    <message>
        <source>attempt %1 is not in the history</source>
        <translation>la tentative %1 n'est pas dans l'historique</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryView</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Any link</source>
        <translation>Tout maillon</translation>
    </message>
    <message>
        <source>No bound</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l'historique</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Export vers %1… %2 écrits</translation>
    </message>
    <message>
        <source>Exported to %1 (attempts: %2).</source>
        <translation>Exporté vers %1 (tentatives : %2).</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>L'export vers %1 a été annulé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), organization %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), organisation %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cancels the export</source>
        <translation>Annule l'export</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l'historique…</translation>
    </message>
    <message>
        <source>Attempts: %1 shown, counting…</source>
        <translation>Tentatives : %1 affichées, comptage…</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Aucune tentative ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 shown</source>
        <translation>Tentatives : %1 affichées sur %2</translation>
    </message>
    <message>
        <source>Find words: an assistant, number, organization or summary (%1)</source>
        <translation>Rechercher des mots : un assistant, un numéro, une organisation ou un résumé (%1)</translation>
    </message>
    <message>
        <source>No provisioning attempts yet.</source>
        <translation>Aucune tentative d'attribution pour l'instant.</translation>
    </message>
    <message>
        <source>No provisioning attempts for %1 yet.</source>
        <translation>Aucune tentative d'attribution pour %1 pour l'instant.</translation>
    </message>
    <message>
        <source>Provisioning attempts</source>
        <translation>Tentatives de provisionnement</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>une personne inconnue</translation>
    </message>
    <message>
        <source>Started %1 by %2, took %3</source>
        <translation>Commencé %1 par %2, durée %3</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, par %3</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Exported to %1 (records: %2).</source>
        <translation>Exporté vers %1 (entrées : %2).</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Étapes de la tentative sélectionnée</translation>
    </message>
    <message>
        <source>Select a record: an attempt shows what the chain tried and why, an action what changed and who did it.</source>
        <translation>Sélectionnez une entrée : une tentative montre ce que la chaîne a essayé et pourquoi, une action ce qui a changé et qui l'a fait.</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>L'entrée sélectionnée</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>L'action sélectionnée</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>%1, by %2 (database role %3)</source>
        <translation>%1, par %2 (rôle de base de données %3)</translation>
    </message>
    <message>
        <source>Part of provisioning attempt %1.</source>
        <translation>Fait partie de la tentative d'attribution %1.</translation>
    </message>
    <message>
        <source>Stops loading more records</source>
        <translation>Arrête de charger d'autres entrées</translation>
    </message>
    <message>
        <source>Shown: %1, counting…</source>
        <translation>Affichées : %1, comptage…</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 shown</source>
        <translation>Actions : %1 sur %2 affichées</translation>
    </message>
    <message>
        <source>%1 of %2 shown (attempts: %3, other actions: %4)</source>
        <translation>%1 sur %2 affichées (tentatives : %3, autres actions : %4)</translation>
    </message>
    <message>
        <source>Nothing on record matches the filters.</source>
        <translation>Aucune entrée ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Nothing on record yet.</source>
        <translation>Aucune entrée pour l'instant.</translation>
    </message>
    <message>
        <source>Nothing on record for %1 yet.</source>
        <translation>Aucune entrée pour %1 pour l'instant.</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistant : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimée)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
</context>
<context>
    <name>Switchboard::InputChecks</name>
    <message>
        <source>The %1 id "%2" is not a Vapi id; it must be a UUID such as 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</source>
        <translation>L'identifiant de %1 « %2 » n'est pas un identifiant Vapi ; ce doit être un UUID comme 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</translation>
    </message>
    <message>
        <source>The name "%1" is %2 characters long; Vapi allows at most 40, so shorten it.</source>
        <translation>Le nom « %1 » compte %2 caractères ; Vapi en autorise 40 au plus, raccourcissez-le.</translation>
    </message>
    <message>
        <source>The area code "%1" must be exactly three digits, such as 415.</source>
        <translation>L'indicatif « %1 » doit compter exactement trois chiffres, comme 415.</translation>
    </message>
    <message>
        <source>The SIP URI is not usable: %1.</source>
        <translation>L'URI SIP est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The SIP URI must be on %1 for this account's region, as in sip:%2@%1.</source>
        <translation>L'URI SIP doit être sur %1 pour la région de ce compte, comme sip:%2@%1.</translation>
    </message>
    <message>
        <source>The number to import is not usable: %1.</source>
        <translation>Le numéro à importer est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hex digits; copy it from the Twilio console.</source>
        <translation>L'Account SID Twilio doit être AC suivi de 32 chiffres hexadécimaux ; copiez-le depuis la console Twilio.</translation>
    </message>
    <message>
        <source>Importing a Twilio number needs either the auth token or an API key with its secret (exactly one of the two).</source>
        <translation>Importer un numéro Twilio demande soit le jeton d'authentification, soit une clé API avec son secret (exactement l'un des deux).</translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hex digits, and its secret must not be empty.</source>
        <translation>La clé API Twilio doit être SK suivi de 32 chiffres hexadécimaux, et son secret ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The Twilio user must be an Account SID (AC…) or an API key SID (SK…), 34 characters long.</source>
        <translation>L'utilisateur Twilio doit être un Account SID (AC…) ou un SID de clé API (SK…), de 34 caractères.</translation>
    </message>
    <message>
        <source>The Twilio auth token or API key secret is empty; paste it from the Twilio console.</source>
        <translation>Le jeton d'authentification ou le secret de la clé API Twilio est vide ; collez-le depuis la console Twilio.</translation>
    </message>
    <message>
        <source>"%1" is not a Twilio phone number SID; it must be PN followed by 32 hex digits.</source>
        <translation>« %1 » n'est pas un SID de numéro Twilio ; il doit être PN suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The friendly name is %1 characters long; Twilio allows at most 64, so shorten it.</source>
        <translation>Le nom convivial compte %1 caractères ; Twilio en autorise 64 au plus, raccourcissez-le.</translation>
    </message>
    <message>
        <source>Buying a Twilio number needs either the number or an area code (exactly one of the two).</source>
        <translation>Acheter un numéro Twilio demande soit le numéro, soit un indicatif (exactement l'un des deux).</translation>
    </message>
    <message>
        <source>The number to buy is not usable: %1.</source>
        <translation>Le numéro à acheter est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The country "%1" must be a two-letter ISO code such as US or GB.</source>
        <translation>Le pays « %1 » doit être un code ISO à deux lettres, comme US ou GB.</translation>
    </message>
    <message>
        <source>"Contains" must be 2 to 16 letters or digits (with * for any one character), such as 555 or *PIZZA*.</source>
        <translation>« Contient » doit compter de 2 à 16 lettres ou chiffres (avec * pour un caractère quelconque), comme 555 ou *PIZZA*.</translation>
    </message>
    <message>
        <source>A free Vapi number takes an area code or a SIP URI, not both; leave one of them empty.</source>
        <translation>Un numéro Vapi gratuit prend un indicatif ou une URI SIP, pas les deux ; laissez l'un des deux vide.</translation>
    </message>
</context>
<context>
    <name>Switchboard::KeychainSecretStore</name>
    <message>
        <source>%1 could not be removed from the keychain (%2). Remove the entry "%3" in your keychain's own tool, then try again.</source>
        <translation>%1 n'a pas pu être supprimé du trousseau (%2). Supprimez l'entrée « %3 » avec l'outil de votre trousseau, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>
            <numerusform>pas de réponse en %n seconde ; il est peut-être verrouillé et attend une demande de mot de passe qui ne peut pas s'afficher</numerusform>
            <numerusform>pas de réponse en %n secondes ; il est peut-être verrouillé et attend une demande de mot de passe qui ne peut pas s'afficher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard — sandbox demo</source>
        <translation>Switchboard — démo bac à sable</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
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
        <translation>File manuelle</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l'espace de travail</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Donner un numéro de téléphone à l'assistant sélectionné via la chaîne d'attribution</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>Vapi est injoignable : l'attribution attend la connexion.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Show the history; these count as seen</source>
        <translation>Afficher l'historique ; ceux-ci comptent comme vus</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n a obtenu un numéro</numerusform>
            <numerusform>%n ont obtenu un numéro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n attend dans la file manuelle</numerusform>
            <numerusform>%n attendent dans la file manuelle</numerusform>
        </translation>
    </message>
    <message>
        <source>New assistants since you last looked: %1</source>
        <translation>Nouveaux assistants depuis votre dernière visite : %1</translation>
    </message>
    <message>
        <source>New assistants provisioned automatically</source>
        <translation>Nouveaux assistants provisionnés automatiquement</translation>
    </message>
    <message>
        <source>The team database does not answer (%1): settings and organizations open again when the status bar shows it online.</source>
        <translation>La base de données de l'équipe ne répond pas (%1) : les paramètres et les organisations s'ouvriront à nouveau quand la barre d'état l'indiquera en ligne.</translation>
    </message>
    <message>
        <source>The workspace is still being read; open Settings again in a moment.</source>
        <translation>L'espace de travail est encore en cours de lecture ; rouvrez les paramètres dans un instant.</translation>
    </message>
    <message>
        <source>Select an assistant without a number first, or use "Provision all unassigned".</source>
        <translation>Sélectionnez d'abord un assistant sans numéro, ou utilisez « Attribuer à tous ceux sans numéro ».</translation>
    </message>
    <message>
        <source>History exported (records: %1).</source>
        <translation>Historique exporté (entrées : %1).</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Donnez à chaque assistant Vapi de vos clients un numéro de téléphone qui fonctionne : d'abord les numéros Vapi gratuits, puis Twilio, avec une trace de chaque étape. Commencez par configurer votre espace de travail avec le compte Vapi de votre agence, ou explorez la démo bac à sable.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurer l'espace de travail</translation>
    </message>
    <message>
        <source>The workspace is set up. Add your first customer organization: its assistants are listed from the Vapi account that serves it, and each gets a number.</source>
        <translation>L'espace de travail est configuré. Ajoutez votre première organisation cliente : ses assistants sont lus dans le compte Vapi qui la sert, et chacun reçoit un numéro.</translation>
    </message>
    <message>
        <source>Add a &amp;customer…</source>
        <translation>Ajouter un &amp;client…</translation>
    </message>
    <message>
        <source>Add a customer organization</source>
        <translation>Ajouter une organisation cliente</translation>
    </message>
    <message>
        <source>The workspace is set up.</source>
        <translation>L'espace de travail est configuré.</translation>
    </message>
    <message>
        <source>Select an assistant without a number in the Assistants tab, or use "Provision all unassigned".</source>
        <translation>Sélectionnez un assistant sans numéro dans l'onglet Assistants, ou utilisez « Attribuer à tous ceux sans numéro ».</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>&amp;Configurer l'espace de travail…</translation>
    </message>
    <message>
        <source>The workspace's Vapi account has no key that works: it is missing from the keychain, or Vapi refused it. Enter it again in the workspace's settings; then add your first customer organization.</source>
        <translation>Le compte Vapi de l'espace de travail n'a pas de clé qui fonctionne : elle manque dans le trousseau, ou Vapi l'a refusée. Saisissez-la à nouveau dans les paramètres de l'espace de travail, puis ajoutez votre première organisation cliente.</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts.</source>
        <translation>La langue change au prochain démarrage de Switchboard.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualAssignment</name>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>SIP URI</source>
        <translation>URI SIP</translation>
    </message>
    <message>
        <source>must be on %1, the host of the account's region (not %2)</source>
        <translation>doit être sur %1, l'hôte de la région du compte (et non %2)</translation>
    </message>
    <message>
        <source>existing number</source>
        <translation>numéro existant</translation>
    </message>
    <message>
        <source>manual task #%1 is not open</source>
        <translation>la tâche manuelle n° %1 n'est pas ouverte</translation>
    </message>
    <message>
        <source>no Vapi account serves the task's organization</source>
        <translation>aucun compte Vapi ne dessert l'organisation de la tâche</translation>
    </message>
    <message>
        <source>existing number: %1 already answers another assistant; reassign it from the Numbers tab instead</source>
        <translation>numéro existant : %1 mène déjà à un autre assistant ; réaffectez-le plutôt depuis l'onglet Numéros</translation>
    </message>
    <message>
        <source>number: no Twilio account is set up to import it from; add the organization's or the workspace's Twilio account first</source>
        <translation>numéro : aucun compte Twilio n'est configuré pour l'importer ; ajoutez d'abord le compte Twilio de l'organisation ou de l'espace de travail</translation>
    </message>
    <message>
        <source>%1 was assigned, but the task could not be closed: %2</source>
        <translation>%1 a été affecté, mais la tâche n'a pas pu être fermée : %2</translation>
    </message>
    <message>
        <source>Assigned %1; manual task #%2 is closed.</source>
        <translation>%1 affecté ; la tâche manuelle n° %2 est fermée.</translation>
    </message>
    <message>
        <source>The workspace could not note the number (%1); the next refresh will.</source>
        <translation>L'espace de travail n'a pas pu noter le numéro (%1) ; la prochaine actualisation le fera.</translation>
    </message>
    <message>
        <source>%1 belongs to another organization in this Vapi account; give this assistant a number of its own organization.</source>
        <translation>%1 appartient à une autre organisation de ce compte Vapi ; donnez à cet assistant un numéro de sa propre organisation.</translation>
    </message>
    <message>
        <source>%1 already has a number (%2): drop this task, or take that number away on the Numbers tab first.</source>
        <translation>%1 a déjà un numéro (%2) : abandonnez cette tâche, ou retirez-lui d'abord ce numéro dans l'onglet Numéros.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualQueueView</name>
    <message>
        <source>Drop the task</source>
        <translation>Abandonner la tâche</translation>
    </message>
    <message>
        <source>Drop the task for %1 without giving it a number?</source>
        <translation>Abandonner la tâche pour %1 sans lui donner de numéro ?</translation>
    </message>
    <message>
        <source>%1 stays without a number until it is provisioned again.</source>
        <translation>%1 reste sans numéro jusqu'à une nouvelle attribution.</translation>
    </message>
    <message>
        <source>Drop task</source>
        <translation>Abandonner la tâche</translation>
    </message>
    <message>
        <source>Select a task to see why the chain could not give the assistant a number.</source>
        <translation>Sélectionnez une tâche pour voir pourquoi la chaîne n'a pas pu donner de numéro à l'assistant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why %1 has no number yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi %1 n'a pas encore de numéro&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open tasks: every assistant the chain handled got a number.</source>
        <translation>Aucune tâche ouverte : chaque assistant traité par la chaîne a reçu un numéro.</translation>
    </message>
    <message>
        <source>Open tasks: %1</source>
        <translation>Tâches ouvertes : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskModel</name>
    <message>
        <source>Removed organization</source>
        <translation>Organisation supprimée</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Assistant %1</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Why the chain could not</source>
        <translation>Pourquoi la chaîne a échoué</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskStore</name>
    <message>
        <source>The assistant has an open task already.</source>
        <translation>L'assistant a déjà une tâche ouverte.</translation>
    </message>
    <message>
        <source>Task %1 is no longer open: it was completed or dropped, perhaps from another console.</source>
        <translation>La tâche %1 n'est plus ouverte : elle a été terminée ou abandonnée, peut-être depuis une autre console.</translation>
    </message>
    <message>
        <source>Waiting in the manual queue: %1</source>
        <translation>En attente dans la file manuelle : %1</translation>
    </message>
    <message>
        <source>Manual task completed with %1</source>
        <translation>Tâche manuelle terminée avec %1</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Tâche manuelle abandonnée</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>En attente dans la file manuelle</translation>
    </message>
    <message>
        <source>Manual task #%1 is closed.</source>
        <translation>La tâche manuelle n°%1 est close.</translation>
    </message>
    <message>
        <source>Manual task #%1 could not be closed (%2); close it in the manual queue.</source>
        <translation>La tâche manuelle n°%1 n'a pas pu être close (%2) ; fermez-la dans la file manuelle.</translation>
    </message>
</context>
<context>
    <name>Switchboard::MemorySecretStore</name>
    <message>
        <source>The operation failed.</source>
        <translation>L'opération a échoué.</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberAssignment</name>
    <message>
        <source>No number in Vapi has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Aucun numéro dans Vapi n'a l'identifiant %1 (selon la dernière actualisation) ; actualisez puis réessayez.</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer in the workspace.</source>
        <translation>Le compte Vapi de %1 n'est plus dans l'espace de travail.</translation>
    </message>
    <message>
        <source>No assistant has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Aucun assistant n'a l'identifiant %1 (selon la dernière actualisation) ; actualisez puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is in another Vapi account than %2: a number can only answer an assistant of its own account.</source>
        <translation>%1 est dans un autre compte Vapi que %2 : un numéro ne peut mener qu'à un assistant de son propre compte.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, and %3 to another organization: one customer's number never answers another customer's assistant.</source>
        <translation>%1 appartient à %2, et %3 à une autre organisation : le numéro d'un client ne mène jamais à l'assistant d'un autre client.</translation>
    </message>
    <message>
        <source>%1 answers no assistant already.</source>
        <translation>%1 ne mène déjà à aucun assistant.</translation>
    </message>
    <message>
        <source>%1 answers that assistant already.</source>
        <translation>%1 mène déjà à cet assistant.</translation>
    </message>
    <message>
        <source>%1 no longer answers any assistant.</source>
        <translation>%1 ne mène plus à aucun assistant.</translation>
    </message>
    <message>
        <source>The workspace could not note it (%1); the next refresh will.</source>
        <translation>L'espace de travail n'a pas pu le noter (%1) ; la prochaine actualisation le fera.</translation>
    </message>
    <message>
        <source>%1 now answers %2.</source>
        <translation>%1 répond désormais à %2.</translation>
    </message>
    <message>
        <source>It could not be recorded in the history: %1</source>
        <translation>Cela n'a pas pu être enregistré dans l'historique : %1</translation>
    </message>
    <message>
        <source>%1 was not unassigned: %2</source>
        <translation>%1 n'a pas été désattribué : %2</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2</source>
        <translation>%1 n'a pas été attribué : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberBuying</name>
    <message>
        <source>Nothing can be bought</source>
        <translation>Aucun achat possible</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPoolStore</name>
    <message>
        <source>%1 is in the pool of another Twilio account of the workspace: a number is in one pool only. Remove it there first.</source>
        <translation>%1 est déjà dans la réserve d'un autre compte Twilio de l'espace de travail : un numéro n'appartient qu'à une seule réserve. Retirez-le d'abord de celle-ci.</translation>
    </message>
    <message>
        <source>That number is no longer in the pool.</source>
        <translation>Ce numéro n'est plus dans la réserve.</translation>
    </message>
    <message>
        <source>That number is no longer an available number of its pool (an assistant got it meanwhile, or it was removed).</source>
        <translation>Ce numéro n'est plus un numéro disponible de sa réserve (un assistant l'a obtenu entre-temps, ou il a été retiré).</translation>
    </message>
    <message>
        <source>That purchase is no longer recorded in the workspace.</source>
        <translation>Cet achat n'est plus enregistré dans l'espace de travail.</translation>
    </message>
    <message>
        <source>%1 added to the pool of %2</source>
        <translation>%1 ajouté à la réserve de %2</translation>
    </message>
    <message>
        <source>%1 taken out of the pool of %2</source>
        <translation>%1 retiré de la réserve de %2</translation>
    </message>
    <message>
        <source>a Twilio account</source>
        <translation>un compte Twilio</translation>
    </message>
    <message>
        <source>the workspace's Twilio account %1</source>
        <translation>le compte Twilio %1 de l'espace de travail</translation>
    </message>
    <message>
        <source>%1 bought on %2</source>
        <translation>%1 acheté sur %2</translation>
    </message>
    <message>
        <source>%1 bought on %2 (found on Twilio, bought by an earlier request)</source>
        <translation>%1 acheté sur %2 (trouvé chez Twilio, acheté par une demande antérieure)</translation>
    </message>
    <message>
        <source>the Twilio account %2 of %1</source>
        <translation>le compte Twilio %2 de %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPurchase</name>
    <message>
        <source>That organization is no longer in the workspace.</source>
        <translation>Cette organisation n'est plus dans l'espace de travail.</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>compte Twilio de l'espace de travail</translation>
    </message>
    <message>
        <source>Neither %1 nor the workspace has a Twilio account to buy in: add one first.</source>
        <translation>Ni %1 ni l'espace de travail n'a de compte Twilio pour acheter : ajoutez-en un d'abord.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account to buy in: add one in Settings first.</source>
        <translation>L'espace de travail n'a pas de compte Twilio pour acheter : ajoutez-en un d'abord dans les Paramètres.</translation>
    </message>
    <message>
        <source>Buying is off for %1: allow it, with a monthly limit, first (%2).</source>
        <translation>L'achat est désactivé pour le %1 : autorisez-le d'abord, avec une limite mensuelle (%2).</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers: %1</source>
        <translation>Twilio n'a pas pu chercher de numéros : %1</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2, counting purchases in progress; nothing was bought.</source>
        <translation>La limite d'achats de %1 de ce mois est atteinte pour le %2, achats en cours compris ; rien n'a été acheté.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio sold %1 (%2). The next start of Switchboard asks Twilio and puts it in the pool if it was.</source>
        <translation>On ne sait pas si Twilio a vendu %1 (%2). Le prochain démarrage de Switchboard le demande à Twilio et le met dans la réserve si c'est le cas.</translation>
    </message>
    <message>
        <source>Twilio no longer offers %1 (someone bought it meanwhile): search again.</source>
        <translation>Twilio ne propose plus %1 (quelqu'un l'a acheté entre-temps) : cherchez à nouveau.</translation>
    </message>
    <message>
        <source>Twilio did not sell %1: %2</source>
        <translation>Twilio n'a pas vendu %1 : %2</translation>
    </message>
    <message>
        <source>%1 was bought on %2 but could not be recorded in the workspace (%3); the next start of Switchboard puts it in the pool.</source>
        <translation>%1 a été acheté avec le %2 mais n'a pas pu être enregistré dans l'espace de travail (%3) ; le prochain démarrage de Switchboard le met dans la réserve.</translation>
    </message>
    <message>
        <source>%1 was bought on %2 and is in its pool, free for the next assistant.</source>
        <translation>%1 a été acheté avec le %2 et se trouve dans sa réserve, libre pour le prochain assistant.</translation>
    </message>
    <message>
        <source>File → Edit organization…, Numbers page</source>
        <translation>Fichier → Modifier l'organisation…, page Numéros</translation>
    </message>
    <message>
        <source>File → Settings…, Workspace tab</source>
        <translation>Fichier → Paramètres…, onglet Espace de travail</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2 (%3 bought or being bought). The limit can be raised in %4.</source>
        <translation>La limite d'achats de %1 de ce mois est atteinte pour le %2 (%3 achetés ou en cours d'achat). La limite peut être relevée dans %4.</translation>
    </message>
    <message>
        <source>the Twilio account of %1</source>
        <translation>compte Twilio de %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberRelease</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>le compte Twilio de l'organisation</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>le compte Twilio de l'espace de travail</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer known; refresh and try again.</source>
        <translation>Le compte Vapi de %1 n'est plus connu ; actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Vapi did not release %1.</source>
        <translation>Vapi n'a pas libéré %1.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>L'historique n'a pas pu l'enregistrer : %1</translation>
    </message>
    <message>
        <source>%1 left Vapi, but the workspace could not forget it: %2</source>
        <translation>%1 a quitté Vapi, mais l'espace de travail n'a pas pu l'oublier : %2</translation>
    </message>
    <message>
        <source>Released %1 from Vapi; it is back in the number pool of %2, which Twilio still bills for it.</source>
        <translation>%1 libéré de Vapi ; il est de retour dans la réserve de numéros de %2, que Twilio facture toujours pour lui.</translation>
    </message>
    <message>
        <source>Released %1 from Vapi, but it could not be put back in the number pool of %2: %3</source>
        <translation>%1 libéré de Vapi, mais il n'a pas pu être remis dans la réserve de numéros de %2 : %3</translation>
    </message>
    <message>
        <source>Released %1 from Vapi.</source>
        <translation>%1 libéré de Vapi.</translation>
    </message>
    <message>
        <source>The Twilio account of %1 is no longer known.</source>
        <translation>Le compte Twilio de %1 n'est plus connu.</translation>
    </message>
    <message>
        <source>%1 was not released on Twilio: the workspace refused a write (%2).</source>
        <translation>%1 n'a pas été libéré chez Twilio : l'espace de travail a refusé une écriture (%2).</translation>
    </message>
    <message>
        <source>%1 is no longer an available number of its pool (an assistant got it meanwhile, or it was removed); it was not released on Twilio.</source>
        <translation>%1 n'est plus un numéro disponible de sa réserve (un assistant l'a obtenu entre-temps, ou il a été retiré) ; il n'a pas été libéré chez Twilio.</translation>
    </message>
    <message>
        <source>%1 could not be put back in its pool: %2</source>
        <translation>%1 n'a pas pu être remis dans sa réserve : %2</translation>
    </message>
    <message>
        <source>Released %1 on Twilio: it left %2 and its monthly bill stops.</source>
        <translation>%1 libéré chez Twilio : il a quitté %2 et sa facture mensuelle s'arrête.</translation>
    </message>
    <message>
        <source>%1 was no longer in %2 (released there already); it left the pool.</source>
        <translation>%1 n'était plus dans %2 (déjà libéré là-bas) ; il a quitté la réserve.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio released %1; it stays out of the pool. Check the numbers of %2 in the Twilio Console.</source>
        <translation>On ignore si Twilio a libéré %1 ; il reste hors de la réserve. Vérifiez les numéros de %2 dans la Twilio Console.</translation>
    </message>
    <message>
        <source>Twilio did not release %1; it stays in the pool of %2.</source>
        <translation>Twilio n'a pas libéré %1 ; il reste dans la réserve de %2.</translation>
    </message>
    <message>
        <source>Twilio did not release %1, and it could not be put back in the pool of %2: %3</source>
        <translation>Twilio n'a pas libéré %1, et il n'a pas pu être remis dans la réserve de %2 : %3</translation>
    </message>
    <message>
        <source>(%1 said: %2)</source>
        <translation>(%1 a répondu : %2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersExport</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>Impossible d'écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>Impossible d'écrire %1 : %2. Rien n'a été enregistré ; libérez de l'espace à cet endroit ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>%1 n'a pas pu être terminé : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersModel</name>
    <message>
        <source>Reserved by an attempt</source>
        <translation>Réservé par une tentative</translation>
    </message>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>Dans la réserve, pas dans Vapi</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>None: calls are hung up</source>
        <translation>Aucun : les appels sont raccrochés</translation>
    </message>
    <message>
        <source>%1 is in Vapi with no assistant: calls to it are hung up. Assign it to an assistant, or release it.</source>
        <translation>%1 est dans Vapi sans assistant : les appels vers ce numéro sont raccrochés. Affectez-le à un assistant, ou libérez-le.</translation>
    </message>
    <message>
        <source>Warning: no assistant, calls are hung up</source>
        <translation>Attention : aucun assistant, les appels sont raccrochés</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>In the pool; Twilio does not hold it</source>
        <translation>Dans le pool ; Twilio ne le détient pas</translation>
    </message>
    <message>
        <source>In the pool; cannot take calls</source>
        <translation>Dans le pool ; ne peut pas recevoir d'appels</translation>
    </message>
    <message>
        <source>In the pool; calls go to an application or trunk</source>
        <translation>Dans le pool ; les appels vont à une application ou un trunk</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersView</name>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>Dans la réserve, pas dans Vapi</translation>
    </message>
    <message>
        <source>It is a free Vapi number: it counts against the account's free numbers while Vapi holds it.</source>
        <translation>C'est un numéro Vapi gratuit : il compte parmi les numéros gratuits du compte tant que Vapi le détient.</translation>
    </message>
    <message>
        <source>It is a Twilio number: it costs about %1 a month in Twilio while the account owns it.</source>
        <translation>C'est un numéro Twilio : il coûte environ %1 par mois chez Twilio tant que le compte le possède.</translation>
    </message>
    <message>
        <source>Its carrier bills for it as agreed with them.</source>
        <translation>Son opérateur le facture selon ce qui a été convenu avec lui.</translation>
    </message>
    <message>
        <source>%1 (has %2)</source>
        <translation>%1 (a %2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Affecter %1</translation>
    </message>
    <message>
        <source>There is no other assistant in this organization to assign %1 to.</source>
        <translation>Il n'y a pas d'autre assistant dans cette organisation à qui affecter %1.</translation>
    </message>
    <message>
        <source>Calls to %1 will reach the assistant you choose.</source>
        <translation>Les appels vers %1 aboutiront à l'assistant que vous choisissez.</translation>
    </message>
    <message>
        <source>%1 loses it, and cannot be called until it gets another number.</source>
        <translation>%1 le perd, et ne peut plus être appelé avant d'avoir un autre numéro.</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>Réaffecter %1</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réaffecter</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Retirer l'affectation de %1</translation>
    </message>
    <message>
        <source>Unassign %1 from %2?</source>
        <translation>Retirer %1 de %2 ?</translation>
    </message>
    <message>
        <source>Calls to %1 will be hung up, and %2 cannot be called, until the number is assigned again. %3</source>
        <translation>Les appels vers %1 seront raccrochés, et %2 ne pourra pas être appelé, jusqu'à ce que le numéro soit de nouveau affecté. %3</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer l'affectation</translation>
    </message>
    <message>
        <source>The number goes back to Vapi and frees one of the account's free numbers for another assistant. It may not be possible to get the same number again.</source>
        <translation>Le numéro retourne chez Vapi et libère l'un des numéros gratuits du compte pour un autre assistant. Il ne sera peut-être pas possible de récupérer le même numéro.</translation>
    </message>
    <message>
        <source>The number leaves Vapi; your carrier keeps billing for it as agreed.</source>
        <translation>Le numéro quitte Vapi ; votre opérateur continue de le facturer comme convenu.</translation>
    </message>
    <message>
        <source>%1 will have no number: nobody can call it until it gets another.</source>
        <translation>%1 n'aura plus de numéro : personne ne pourra l'appeler avant qu'il en reçoive un autre.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Libérer %1</translation>
    </message>
    <message>
        <source>Release %1 from Vapi?</source>
        <translation>Libérer %1 de Vapi ?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation>Réaffect&amp;er…</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>Affect&amp;er…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: changes wait for the connection.</source>
        <translation>Vapi est injoignable : les modifications attendent la connexion.</translation>
    </message>
    <message>
        <source>This pool number is not in Vapi yet: the provisioning chain imports it when an assistant needs it.</source>
        <translation>Ce numéro de la réserve n'est pas encore dans Vapi : la chaîne d'attribution l'importera quand un assistant en aura besoin.</translation>
    </message>
    <message>
        <source>Numbers in Vapi with no assistant: %1. Calls to them are hung up: assign them or release them.</source>
        <translation>Numéros dans Vapi sans assistant : %1. Les appels vers eux sont raccrochés : affectez-les ou libérez-les.</translation>
    </message>
    <message>
        <source>The number leaves Vapi but stays in the Twilio account, where it still costs about %1 a month. A number of a Twilio pool goes back to the pool for the next assistant, and you are then asked whether to release it on Twilio as well, which stops the bill.</source>
        <translation>Le numéro quitte Vapi mais reste dans le compte Twilio, où il coûte toujours environ %1 par mois. Un numéro d'une réserve Twilio retourne dans la réserve pour le prochain assistant, et il vous est ensuite demandé s'il faut aussi le libérer chez Twilio, ce qui arrête la facture.</translation>
    </message>
    <message>
        <source>%1 (waits in the manual queue)</source>
        <translation>%1 (en attente dans la file manuelle)</translation>
    </message>
    <message>
        <source>An assistant that waits in the manual queue has its task closed with this number.</source>
        <translation>Un assistant en attente dans la file manuelle voit sa tâche close avec ce numéro.</translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation>Exporter les numéros</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Exported to %1 (numbers: %2).</source>
        <translation>Exporté vers %1 (numéros : %2).</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copier le &amp;numéro</translation>
    </message>
    <message>
        <source>Copy &amp;Vapi id</source>
        <translation>Copier l'id &amp;Vapi</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>Copier l'id de l'&amp;assistant</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Ouvrir le &amp;tableau de bord Vapi</translation>
    </message>
    <message>
        <source>Open the &amp;Twilio console</source>
        <translation>Ouvrir la &amp;console Twilio</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationListModel</name>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>All organizations; workspace account: %1</source>
        <translation>Toutes les organisations ; compte de l'espace de travail : %1</translation>
    </message>
    <message>
        <source>%1 (%2); stage: %3; %4</source>
        <translation>%1 (%2) ; palier : %3 ; %4</translation>
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
        <translation>Twilio requis</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationRemoval</name>
    <message>
        <source>%1 was not removed, and nothing was changed: its secrets could not be deleted from the keychain. %2</source>
        <translation>%1 n'a pas été supprimée et rien n'a changé : ses secrets n'ont pas pu être effacés du trousseau. %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n'a pas été supprimée : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSave</name>
    <message>
        <source>the Vapi private key</source>
        <translation>la clé privée Vapi</translation>
    </message>
    <message>
        <source>the Twilio API key secret</source>
        <translation>le secret de la clé d’API Twilio</translation>
    </message>
    <message>
        <source>the Twilio auth token</source>
        <translation>le jeton d’authentification Twilio</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>Rien n’a été enregistré : aucun trousseau ne peut conserver les secrets.</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>L'espace de travail est occupé ; réessayez.</translation>
    </message>
    <message>
        <source>Vapi private key: there is no Vapi account to keep it for.</source>
        <translation>Clé privée Vapi : aucun compte Vapi auquel la rattacher.</translation>
    </message>
    <message>
        <source>Twilio secret: the organization has no Twilio account of its own to keep it for.</source>
        <translation>Secret Twilio : l’organisation n’a pas de compte Twilio propre auquel le rattacher.</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not give %1 back to be replaced. %2</source>
        <translation>Rien n’a été enregistré : le trousseau n’a pas rendu %1 pour le remplacer. %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take %1. %2</source>
        <translation>Rien n’a été enregistré : le trousseau n’a pas accepté %1. %2</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was saved.</source>
        <translation>L’espace de travail n’a pas pu être écrit ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The keychain may still hold %1; it is not in use and can be removed with the keychain's own tool.</source>
        <translation>Le trousseau contient peut-être encore %1 ; il n’est pas utilisé et peut être supprimé avec l’outil du trousseau.</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSetup</name>
    <message>
        <source>slug</source>
        <translation>identifiant court</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>indicatif</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID du compte Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clé API Twilio</translation>
    </message>
    <message>
        <source>is needed with an API key: the account SID stays in every request's path</source>
        <translation>est nécessaire avec une clé API : le SID du compte figure dans le chemin de chaque requête</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>réserve de numéros</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account SID: the numbers must belong to that account</source>
        <translation>demande le SID du compte Twilio de l'organisation : les numéros doivent appartenir à ce compte</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>limite d'achats</translation>
    </message>
    <message>
        <source>must be between 0 and 1000 a month</source>
        <translation>doit être entre 0 et 1000 par mois</translation>
    </message>
    <message>
        <source>allow purchase</source>
        <translation>autoriser l'achat</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account to buy in</source>
        <translation>demande le compte Twilio de l'organisation pour y acheter</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>L'espace de travail est occupé ; réessayez.</translation>
    </message>
    <message>
        <source>organization %1 does not exist</source>
        <translation>l'organisation %1 n'existe pas</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed.</source>
        <translation>L'espace de travail n'a pas pu être écrit ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>cannot be checked against the other pools: %1</source>
        <translation>ne peut pas être comparé aux autres stocks : %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>free-number cap</source>
        <translation>plafond de numéros gratuits</translation>
    </message>
    <message>
        <source>belongs to the organization's own Vapi account; the workspace's cap is one of the workspace's settings</source>
        <translation>appartient au compte Vapi propre à l'organisation ; le plafond de l'espace de travail fait partie de ses paramètres</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>doit être entre 0 et %1</translation>
    </message>
    <message>
        <source>slug: stays "%1" once the organization exists; scripts and exports name it by its slug</source>
        <translation>identifiant court : reste « %1 » une fois l'organisation créée ; les scripts et les exports la désignent par son identifiant court</translation>
    </message>
    <message>
        <source>number pool: %1 is in use (an assistant has it, or a provisioning holds it) and stays in the pool; put it back in the list, or release it from the Numbers tab first</source>
        <translation>réserve de numéros : %1 est utilisé (un assistant l'a, ou un provisionnement le tient) et reste dans la réserve ; remettez-le dans la liste, ou libérez-le d'abord dans l'onglet Numéros</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationStore</name>
    <message>
        <source>must be zero or more</source>
        <translation>doit être positif ou nul</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>identifiant court</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>indicatif</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>limite d'achats</translation>
    </message>
    <message>
        <source>slug: an organization called "%1" already exists; choose another slug.</source>
        <translation>identifiant court : une organisation nommée « %1 » existe déjà ; choisissez un autre identifiant court.</translation>
    </message>
    <message>
        <source>The organization "%1" is no longer in the workspace (removed from another console?).</source>
        <translation>L'organisation « %1 » n'est plus dans l'espace de travail (retirée depuis une autre console ?).</translation>
    </message>
    <message>
        <source>That organization is no longer in the workspace (removed from another console?).</source>
        <translation>Cette organisation n'est plus dans l'espace de travail (retirée depuis une autre console ?).</translation>
    </message>
    <message>
        <source>Organization "%1" added</source>
        <translation>Organisation « %1 » ajoutée</translation>
    </message>
    <message>
        <source>Organization "%1" changed: %2</source>
        <translation>Organisation « %1 » modifiée : %2</translation>
    </message>
    <message>
        <source>Organization "%1" removed; its history stays</source>
        <translation>Organisation « %1 » supprimée ; son historique est conservé</translation>
    </message>
    <message>
        <source>Organization "%1" removed with its %2; its history stays</source>
        <translation>Organisation « %1 » supprimée avec %2 ; son historique est conservé</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>compte Vapi</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>compte Twilio</translation>
    </message>
    <message>
        <source>pool number</source>
        <translation>numéro de la réserve</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationWizard</name>
    <message>
        <source>is needed to reach the account; %1</source>
        <translation>est nécessaire pour accéder au compte ; %1</translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation>Modifier l'organisation</translation>
    </message>
    <message>
        <source>Set up an organization</source>
        <translation>Configurer une organisation</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> par mois</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Clé privée Vapi</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d'authentification Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secret de la clé API Twilio</translation>
    </message>
    <message>
        <source>find it in the Vapi dashboard under API Keys</source>
        <translation>elle se trouve dans le tableau de bord Vapi, sous « API Keys »</translation>
    </message>
    <message>
        <source>is needed for the organization's own Twilio account; it is on the Twilio console's home page</source>
        <translation>est nécessaire pour le compte Twilio propre à l'organisation ; il figure sur la page d'accueil de la console Twilio</translation>
    </message>
    <message>
        <source>is needed to sign in with an API key; create one in the Twilio console under API keys</source>
        <translation>est nécessaire pour se connecter avec une clé API ; créez-en une dans la console Twilio, sous « API keys »</translation>
    </message>
    <message>
        <source>Twilio shows it once, when the API key is created</source>
        <translation>Twilio ne l'affiche qu'une fois, à la création de la clé API</translation>
    </message>
    <message>
        <source>it is on the Twilio console's home page</source>
        <translation>il figure sur la page d'accueil de la console Twilio</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Compte Vapi</translation>
    </message>
    <message>
        <source>The customer's own Vapi account: its region and its private API key. Its free numbers are counted apart from the workspace's.</source>
        <translation>Le compte Vapi propre au client : sa région et sa clé API privée. Ses numéros gratuits sont comptés à part de ceux de l'espace de travail.</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up yet: choose its region and enter its private API key. It serves every organization that does not bring its own.</source>
        <translation>Le compte Vapi de l'espace de travail n'est pas encore configuré : choisissez sa région et saisissez sa clé API privée. Il dessert toutes les organisations qui n'apportent pas le leur.</translation>
    </message>
    <message>
        <source>Leave the key empty to keep the one in the keychain.</source>
        <translation>Laissez la clé vide pour conserver celle du trousseau.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1 : %2</translation>
    </message>
    <message>
        <source>= %1: listed twice; kept once</source>
        <translation>= %1 : en double ; gardé une fois</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1.</source>
        <translation>Numéros prêts pour la réserve : %1.</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2 (see the list).</source>
        <translation>Numéros prêts pour la réserve : %1 ; non valides : %2 (voir la liste).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>Rien n’a été enregistré : aucun trousseau ne peut conserver les secrets.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2; in another pool: %3 (see the list).</source>
        <translation>Numéros prêts pour le stock : %1 ; non valides : %2 ; dans un autre stock : %3 (voir la liste).</translation>
    </message>
    <message>
        <source>Testing the key: which Vapi account does it reach…</source>
        <translation>Test de la clé : quel compte Vapi atteint-elle…</translation>
    </message>
    <message>
        <source>is the one %1 uses already: tick "Yes, these organizations share one Vapi account" if that is intended, or enter the key of another account</source>
        <translation>est celui que %1 utilise déjà : cochez « Oui, ces organisations partagent un compte Vapi » si c’est voulu, ou saisissez la clé d’un autre compte</translation>
    </message>
    <message>
        <source>Enter the organization's Twilio account and its secret first (Twilio page).</source>
        <translation>Saisissez d'abord le compte Twilio de l'organisation et son secret (page Twilio).</translation>
    </message>
    <message>
        <source>Clearing in Twilio…</source>
        <translation>Retrait dans Twilio…</translation>
    </message>
    <message>
        <source>Asking Twilio…</source>
        <translation>Interrogation de Twilio…</translation>
    </message>
    <message>
        <source>Twilio holds every number, and each takes calls.</source>
        <translation>Twilio détient chaque numéro, et chacun accepte les appels.</translation>
    </message>
    <message>
        <source>Twilio: %1 cannot be used, %2 send their calls elsewhere, %3 could not be checked (see the list).</source>
        <translation>Twilio : %1 inutilisable(s), %2 envoient leurs appels ailleurs, %3 non vérifiable(s) (voir la liste).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ %1 (Twilio: ready)</source>
        <translation>✓ %1 (Twilio : prêt)</translation>
    </message>
    <message>
        <source>As the workspace's default: a number automatically</source>
        <translation>Selon le réglage de l'espace de travail : un numéro automatiquement</translation>
    </message>
    <message>
        <source>As the workspace's default: a number on request only</source>
        <translation>Selon le réglage de l'espace de travail : un numéro sur demande seulement</translation>
    </message>
    <message>
        <source>Get a number automatically</source>
        <translation>Obtenir un numéro automatiquement</translation>
    </message>
    <message>
        <source>Get a number only when someone asks</source>
        <translation>Obtenir un numéro seulement quand quelqu'un le demande</translation>
    </message>
    <message>
        <source>Vapi refused this key; copy the private key (not the public one) from the Vapi dashboard's API Keys page, then test it again</source>
        <translation>Vapi a refusé cette clé ; copiez la clé privée (pas la publique) depuis la page API Keys du tableau de bord Vapi, puis testez-la à nouveau</translation>
    </message>
    <message>
        <source>Twilio refused these credentials; check the account SID and the secret in the Twilio console, then test them again</source>
        <translation>Twilio a refusé ces identifiants ; vérifiez le SID du compte et le secret dans la console Twilio, puis testez-les à nouveau</translation>
    </message>
    <message>
        <source>is empty; enter it first</source>
        <translation>est vide ; saisissez-le d'abord</translation>
    </message>
    <message>
        <source>? %1: Twilio could not be asked (%2)</source>
        <translation>? %1 : Twilio n'a pas pu être interrogé (%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>No pool numbers: past the free numbers, the chain buys them within the monthly limit.</source>
        <translation>Aucun numéro en réserve : après les numéros gratuits, la chaîne les achète dans la limite mensuelle.</translation>
    </message>
    <message>
        <source>No pool numbers, and buying is off: past the free numbers, assistants wait in the manual queue.</source>
        <translation>Aucun numéro en réserve et achats désactivés : après les numéros gratuits, les assistants attendent dans la file manuelle.</translation>
    </message>
    <message>
        <source>No Twilio account of its own: past the free numbers, the workspace's Twilio account serves it, if it is set up.</source>
        <translation>Pas de compte Twilio propre : après les numéros gratuits, le compte Twilio de l'espace de travail la sert, s'il est configuré.</translation>
    </message>
    <message>
        <source>The slug stays as it was chosen: scripts, exports and the keychain name the organization by it.</source>
        <translation>L'identifiant court reste tel qu'il a été choisi : les scripts, les exports et le trousseau désignent l'organisation par lui.</translation>
    </message>
    <message>
        <source>Who the customer is.</source>
        <translation>Qui est le client.</translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> numéro gratuit</numerusform>
            <numerusform> numéros gratuits</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace's Vapi account is set up: nothing to enter here. Its key and free-number cap are changed in File → Settings….</source>
        <translation>Le compte Vapi de l'espace de travail est configuré : rien à saisir ici. Sa clé et son plafond de numéros gratuits se modifient dans Fichier → Paramètres….</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant court</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Indicatif préféré</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Limite mensuelle</translation>
    </message>
    <message>
        <source>Pool numbers belong to the organization's own Twilio account: tick it on the Twilio page, or empty the list.</source>
        <translation>Les numéros de la réserve appartiennent au compte Twilio propre de l'organisation : cochez-le sur la page Twilio, ou videz la liste.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PhoneAddress</name>
    <message>
        <source>is empty; enter a number in E.164 form such as +14155552671</source>
        <translation>est vide ; saisissez un numéro au format E.164, comme +14155552671</translation>
    </message>
    <message>
        <source>"%1" has no country code; write it in E.164 form with a leading + (for example +14155552671)</source>
        <translation>« %1 » n'a pas d'indicatif de pays ; écrivez-le au format E.164 avec un + initial (par exemple +14155552671)</translation>
    </message>
    <message>
        <source>"%1" does not start with a known country code; write it in E.164 form such as +14155552671</source>
        <translation>« %1 » ne commence pas par un indicatif de pays connu ; écrivez-le au format E.164, comme +14155552671</translation>
    </message>
    <message>
        <source>"%1" is not a phone number; write it in E.164 form such as +14155552671</source>
        <translation>« %1 » n'est pas un numéro de téléphone ; écrivez-le au format E.164, comme +14155552671</translation>
    </message>
    <message>
        <source>"%1" has an extension; Vapi and Twilio need the number alone</source>
        <translation>« %1 » comporte un poste ; Vapi et Twilio veulent le numéro seul</translation>
    </message>
    <message>
        <source>"%1" is not a valid number in its country's numbering plan; check the country code and the number of digits</source>
        <translation>« %1 » n'est pas valide dans le plan de numérotation de son pays ; vérifiez l'indicatif de pays et le nombre de chiffres</translation>
    </message>
    <message>
        <source>"%1" is not a SIP URI; it must look like sip:name@sip.vapi.ai</source>
        <translation>« %1 » n'est pas une URI SIP ; elle doit ressembler à sip:nom@sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" needs exactly one user name before one @ host, as in sip:name@sip.vapi.ai</source>
        <translation>« %1 » doit avoir exactement un nom d'utilisateur avant un seul hôte après @, comme sip:nom@sip.vapi.ai</translation>
    </message>
    <message>
        <source>the user name of "%1" may only hold letters, digits and -_.!~*'() (at most 64 characters)</source>
        <translation>le nom d'utilisateur de « %1 » ne peut contenir que des lettres, des chiffres et -_.!~*'() (64 caractères au plus)</translation>
    </message>
    <message>
        <source>the host of "%1" is not a domain name such as sip.vapi.ai</source>
        <translation>l'hôte de « %1 » n'est pas un nom de domaine comme sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" has hidden digits; enter the whole number in E.164 form such as +14155552671</source>
        <translation>« %1 » a des chiffres masqués ; saisissez le numéro complet au format E.164, par exemple +14155552671</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckAfterSave</name>
    <message numerus="yes">
        <source>Twilio holds the %n number(s) added to the pool, ready for calls.</source>
        <translation>
            <numerusform>Twilio détient le %n numéro ajouté à la réserve, prêt pour les appels.</numerusform>
            <numerusform>Twilio détient les %n numéros ajoutés à la réserve, prêts pour les appels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be asked about now; the chain asks again before it uses one.</source>
        <translation>
            <numerusform>%n numéro n'a pas pu être vérifié pour l'instant ; la chaîne redemande avant de l'utiliser.</numerusform>
            <numerusform>%n numéros n'ont pas pu être vérifiés pour l'instant ; la chaîne redemande avant d'en utiliser un.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers added to the pool were not checked with Twilio (%1); the chain asks before it uses one.</source>
        <translation>Les numéros ajoutés à la réserve n'ont pas été vérifiés auprès de Twilio (%1) ; la chaîne demande avant d'en utiliser un.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckRun</name>
    <message>
        <source>The Twilio client was closed.</source>
        <translation>Le client Twilio a été fermé.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolEditor</name>
    <message>
        <source>Remove from the poo&amp;l</source>
        <translation>Retirer de &amp;la réserve</translation>
    </message>
    <message>
        <source>Add num&amp;bers (one a line, or separated by commas):</source>
        <translation>Ajo&amp;uter des numéros (un par ligne, ou séparés par des virgules) :</translation>
    </message>
    <message>
        <source>Numbers in the workspace's pool</source>
        <translation>Numéros de la réserve de l'espace de travail</translation>
    </message>
    <message>
        <source>Only numbers not in use can be taken out: a number in use belongs to an assistant. The number stays in Twilio.</source>
        <translation>Seuls les numéros inutilisés peuvent être retirés : un numéro utilisé appartient à un assistant. Le numéro reste dans Twilio.</translation>
    </message>
    <message>
        <source>Numbers to add to the pool</source>
        <translation>Numéros à ajouter à la réserve</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1 : libre</translation>
    </message>
    <message>
        <source>%1: in Vapi, in use</source>
        <translation>%1 : dans Vapi, utilisé</translation>
    </message>
    <message>
        <source>%1: being provisioned</source>
        <translation>%1 : attribution en cours</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Aucun numéro pour l'instant.</translation>
    </message>
    <message>
        <source>Its number pool:</source>
        <translation>Sa réserve de numéros :</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolNumberCheck</name>
    <message>
        <source>Twilio account %1 does not hold %2, so Vapi cannot import it. Add the number to that account, or take it out of the pool.</source>
        <translation>Le compte Twilio %1 ne détient pas %2, Vapi ne peut donc pas l'importer. Ajoutez le numéro à ce compte, ou retirez-le du pool.</translation>
    </message>
    <message>
        <source>%1 cannot take voice calls (Twilio lists no voice capability for it), so an assistant could never answer it. Use a voice-capable number instead.</source>
        <translation>%1 ne peut pas recevoir d'appels vocaux (Twilio ne lui indique aucune capacité vocale), un assistant ne pourrait donc jamais y répondre. Utilisez plutôt un numéro vocal.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the SIP trunk %2: Twilio ignores the voice URL Vapi writes while a trunk is set, so calls would never reach the assistant. Clear the trunk (with consent) or take the number out of the pool.</source>
        <translation>%1 envoie ses appels au trunk SIP %2 : Twilio ignore l'URL vocale écrite par Vapi tant qu'un trunk est défini, les appels n'atteindraient donc jamais l'assistant. Retirez le trunk (avec accord) ou retirez le numéro du pool.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the TwiML application %2: Twilio ignores the voice URL Vapi writes while an application is set, so calls would never reach the assistant. Clear the application (with consent) or take the number out of the pool.</source>
        <translation>%1 envoie ses appels à l'application TwiML %2 : Twilio ignore l'URL vocale écrite par Vapi tant qu'une application est définie, les appels n'atteindraient donc jamais l'assistant. Retirez l'application (avec accord) ou retirez le numéro du pool.</translation>
    </message>
    <message>
        <source>In Twilio account %1; takes voice calls; no application or trunk in front of its voice URL.</source>
        <translation>Dans le compte Twilio %1 ; accepte les appels vocaux ; aucune application ni trunk devant son URL vocale.</translation>
    </message>
    <message>
        <source>Twilio could not be asked about %1 (%2); it keeps its standing until it can.</source>
        <translation>Twilio n'a pas pu être interrogé sur %1 (%2) ; son état est conservé jusqu'à ce que ce soit possible.</translation>
    </message>
    <message>
        <source>%1 could not be changed in Twilio (%2). %3</source>
        <translation>%1 n'a pas pu être modifié dans Twilio (%2). %3</translation>
    </message>
    <message>
        <source>%1: cleared its application or trunk; calls now go to the voice URL Vapi writes.</source>
        <translation>%1 : application ou trunk retiré ; les appels vont maintenant à l'URL vocale écrite par Vapi.</translation>
    </message>
    <message>
        <source>%1: ready (%2)</source>
        <translation>%1 : prêt (%2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolOwnership</name>
    <message>
        <source>%1 is already in the workspace's pool; a number can be in one pool only.</source>
        <translation>%1 est déjà dans le stock de l’espace de travail ; un numéro ne peut être que dans un seul stock.</translation>
    </message>
    <message>
        <source>%1 is already in the number pool of %2; a number can be in one pool only.</source>
        <translation>%1 est déjà dans le stock de numéros de %2 ; un numéro ne peut être que dans un seul stock.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningDialog</name>
    <message>
        <source>Provisioning %1</source>
        <translation>Attribution pour %1</translation>
    </message>
    <message>
        <source>Finding a number for %1: free Vapi numbers first, then Twilio, then the manual queue…</source>
        <translation>Recherche d'un numéro pour %1 : d'abord les numéros Vapi gratuits, puis Twilio, puis la file manuelle…</translation>
    </message>
    <message>
        <source>%1 already had a number: %2.</source>
        <translation>%1 avait déjà un numéro : %2.</translation>
    </message>
    <message>
        <source>%1 can be called now at %2.</source>
        <translation>%1 est maintenant joignable : %2.</translation>
    </message>
    <message>
        <source>No link of the chain could give %1 a number; it waits in the manual queue with the reasons below.</source>
        <translation>Aucun maillon de la chaîne n'a pu donner de numéro à %1 ; il attend dans la file manuelle, avec les raisons ci-dessous.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has %2. Vapi is activating it: calls work in a few minutes.</source>
        <translation>%1 a le %2. Vapi l'active : les appels fonctionneront dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningEngine</name>
    <message>
        <source>organization: there is no organization %1</source>
        <translation>organisation : il n'y a pas d'organisation %1</translation>
    </message>
    <message>
        <source>assistant: an assistant id is needed</source>
        <translation>assistant : un identifiant d'assistant est nécessaire</translation>
    </message>
    <message>
        <source>Not provisioned: created without a number on request. It is not provisioned automatically; provision it when it needs a number.</source>
        <translation>Non provisionné : créé sans numéro à la demande. Il n'est pas provisionné automatiquement ; provisionnez-le quand il lui faut un numéro.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningJob</name>
    <message>
        <source>No Vapi account serves this organization; set up the workspace's Vapi account first.</source>
        <translation>Aucun compte Vapi ne dessert cette organisation ; configurez d'abord le compte Vapi de l'espace de travail.</translation>
    </message>
    <message>
        <source>Cancelled before a number was assigned.</source>
        <translation>Annulé avant l'affectation d'un numéro.</translation>
    </message>
    <message>
        <source>The Vapi key cannot be read: %1</source>
        <translation>La clé Vapi est illisible : %1</translation>
    </message>
    <message>
        <source>The assistant already has %1; nothing was changed.</source>
        <translation>L'assistant a déjà %1 ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Free Vapi number %1 created and assigned.</source>
        <translation>Numéro Vapi gratuit %1 créé et affecté.</translation>
    </message>
    <message>
        <source>Assigned the free Vapi number %1.</source>
        <translation>Numéro Vapi gratuit %1 affecté.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi created the number; nothing more was tried. Provisioning again finds it if it exists.</source>
        <translation>On ne sait pas si Vapi a créé le numéro ; rien d'autre n'a été tenté. Une nouvelle attribution le retrouvera s'il existe.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the free-number request is unknown.</source>
        <translation>Arrêté : le résultat de la demande de numéro gratuit est inconnu.</translation>
    </message>
    <message>
        <source>Vapi did not create a free number.</source>
        <translation>Vapi n'a pas créé de numéro gratuit.</translation>
    </message>
    <message>
        <source>The Twilio credentials cannot be read: %1</source>
        <translation>Les identifiants Twilio sont illisibles : %1</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers.</source>
        <translation>Twilio n'a pas pu rechercher de numéros.</translation>
    </message>
    <message>
        <source>Twilio has no numbers to buy right now.</source>
        <translation>Twilio n'a aucun numéro à vendre pour le moment.</translation>
    </message>
    <message>
        <source>Twilio did not sell the number.</source>
        <translation>Twilio n'a pas vendu le numéro.</translation>
    </message>
    <message>
        <source>Stopped: it is unknown whether Twilio sold the number.</source>
        <translation>Arrêté : on ne sait pas si Twilio a vendu le numéro.</translation>
    </message>
    <message>
        <source>Stopped: the workspace database refused a write.</source>
        <translation>Arrêté : la base de données de l'espace de travail a refusé une écriture.</translation>
    </message>
    <message>
        <source>Twilio number %1 imported into Vapi and assigned.</source>
        <translation>Numéro Twilio %1 importé dans Vapi et affecté.</translation>
    </message>
    <message>
        <source>Assigned the Twilio number %1.</source>
        <translation>Numéro Twilio %1 affecté.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi imported %1; nothing more was tried.</source>
        <translation>On ne sait pas si Vapi a importé %1 ; rien d'autre n'a été tenté.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the import is unknown.</source>
        <translation>Arrêté : le résultat de l'import est inconnu.</translation>
    </message>
    <message>
        <source>Vapi did not import %1, and whether it holds the number could not be checked.</source>
        <translation>Vapi n'a pas importé %1, et il n'a pas été possible de vérifier s'il détient le numéro.</translation>
    </message>
    <message>
        <source>Twilio number %1 was already imported and assigned.</source>
        <translation>Le numéro Twilio %1 était déjà importé et affecté.</translation>
    </message>
    <message>
        <source>%1 is already in Vapi for another assistant; it is no longer offered from the pool.</source>
        <translation>%1 est déjà dans Vapi pour un autre assistant ; il n'est plus proposé depuis la réserve.</translation>
    </message>
    <message>
        <source>Vapi did not import %1.</source>
        <translation>Vapi n'a pas importé %1.</translation>
    </message>
    <message>
        <source>Give the assistant a number by hand: type an E.164 number or a SIP URI, or pick an existing unassigned number. Setting up Twilio for the organization or the workspace avoids this next time.</source>
        <translation>Donnez un numéro à l'assistant à la main : saisissez un numéro E.164 ou une URI SIP, ou choisissez un numéro existant non affecté. Configurer Twilio pour l'organisation ou l'espace de travail évitera cela la prochaine fois.</translation>
    </message>
    <message>
        <source>Manual task #%1 opened.</source>
        <translation>Tâche manuelle n° %1 ouverte.</translation>
    </message>
    <message>
        <source>No link of the chain could give a number; manual task #%1 carries the reasons.</source>
        <translation>Aucun maillon de la chaîne n'a pu donner de numéro ; la tâche manuelle n° %1 en indique les raisons.</translation>
    </message>
    <message>
        <source>Stopped before any request: the history could not be written (%1).</source>
        <translation>Arrêté avant toute requête : l'historique n'a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>%1 has no assistant %2 that Switchboard knows of, and no Vapi account serves it to look in.</source>
        <translation>%1 n’a aucun assistant %2 connu de Switchboard, et aucun compte Vapi ne la sert pour le vérifier.</translation>
    </message>
    <message>
        <source>Nothing was done: the attempt could not be recorded. %1</source>
        <translation>Rien n’a été fait : la tentative n’a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>Assistant %1 cannot be checked (the Vapi key cannot be read: %2), and it is not known as an assistant of %3.</source>
        <translation>L’assistant %1 ne peut pas être vérifié (la clé Vapi est illisible : %2), et il n’est pas connu comme assistant de %3.</translation>
    </message>
    <message>
        <source>There is no assistant %1 in the Vapi account that serves %2.</source>
        <translation>Le compte Vapi qui sert %2 n’a aucun assistant %1.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) belongs to %3, not to %4; nothing was done.</source>
        <translation>L’assistant %1 (%2) appartient à %3, pas à %4 ; rien n’a été fait.</translation>
    </message>
    <message>
        <source>The number pool is used up, and this month's purchase limit (%1) is reached, counting purchases in progress.</source>
        <translation>Le stock de numéros est épuisé, et la limite d’achats du mois (%1) est atteinte, achats en cours compris.</translation>
    </message>
    <message>
        <source>The bought number %1 could not be recorded in the pool: %2</source>
        <translation>Le numéro acheté %1 n’a pas pu être enregistré dans le stock : %2</translation>
    </message>
    <message>
        <source>No number, and the manual task could not be written: %1</source>
        <translation>Aucun numéro, et la tâche manuelle n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Stopped: the workspace could not record a step, so nothing more was done. %1</source>
        <translation>Arrêté : l’espace de travail n’a pas pu enregistrer une étape, donc rien de plus n’a été fait. %1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); the next start settles it.</source>
        <translation>Le résultat n’a pas pu être enregistré (%1) ; le prochain démarrage le réglera.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) is not linked to %3; link it to the organization first (Link an assistant in the console, or switchboard-cli assistant link).</source>
        <translation>L’assistant %1 (%2) n’est pas lié à %3 ; liez-le d’abord à l’organisation (Lier un assistant dans la console, ou switchboard-cli assistant link).</translation>
    </message>
    <message>
        <source>Twilio refused the purchase: this is a trial account, which may own only one number. Upgrade the Twilio account (Twilio Console, Upgrade); until it is marked upgraded, no number is bought from it.</source>
        <translation>Twilio a refusé l'achat : c'est un compte d'essai, qui ne peut posséder qu'un seul numéro. Passez le compte Twilio à un compte payant (Twilio Console, Upgrade) ; tant qu'il n'est pas indiqué comme tel, aucun numéro n'y est acheté.</translation>
    </message>
    <message>
        <source>Vapi refused another free number: the account's cap is %1. The cap is now set to what Vapi allows; it is asked again in %2 days, or when you check it again.</source>
        <translation>Vapi a refusé un autre numéro gratuit : le plafond du compte est %1. Le plafond est désormais celui que Vapi autorise ; il sera redemandé dans %2 jours, ou quand vous vérifierez à nouveau.</translation>
    </message>
    <message>
        <source>Vapi has no free number in area code %1, and %2 takes free numbers from its own area code only.</source>
        <translation>Vapi n'a pas de numéro gratuit dans l'indicatif %1, et %2 ne prend des numéros gratuits que dans son propre indicatif.</translation>
    </message>
    <message>
        <source>Vapi had no free number in any area code tried.</source>
        <translation>Vapi n'avait de numéro gratuit dans aucun des indicatifs essayés.</translation>
    </message>
    <message>
        <source>%1 (checked %2): %3</source>
        <translation>%1 (vérifié le %2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n pool number(s) Twilio said cannot be used; each is asked about again after a day, or at once with `switchboard-cli pool check`. %1</source>
        <translation>
            <numerusform>%n numéro du pool ignoré, inutilisable selon Twilio ; il est réinterrogé après un jour, ou tout de suite avec `switchboard-cli pool check`. %1</numerusform>
            <numerusform>%n numéros du pool ignorés, inutilisables selon Twilio ; chacun est réinterrogé après un jour, ou tout de suite avec `switchboard-cli pool check`. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the next pool number.</source>
        <translation>Importer le numéro suivant du pool.</translation>
    </message>
    <message>
        <source>Pool number %1 was not imported: %2</source>
        <translation>Le numéro du pool %1 n'a pas été importé : %2</translation>
    </message>
    <message>
        <source>Nothing was done: Vapi could not be asked about assistant %1 and its numbers (%2).</source>
        <translation>Rien n'a été fait : Vapi n'a pas pu être interrogé sur l'assistant %1 et ses numéros (%2).</translation>
    </message>
    <message>
        <source>Whether the assistant's number %1 still exists could not be checked, so nothing was created: %2</source>
        <translation>Impossible de vérifier si le numéro %1 de l'assistant existe encore ; rien n'a donc été créé : %2</translation>
    </message>
    <message>
        <source>Nothing was done: %1.</source>
        <translation>Rien n'a été fait : %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Reconciliation</name>
    <message>
        <source>Interrupted; no Vapi account serves the organization any more, so nothing can have been created.</source>
        <translation>Interrompu ; plus aucun compte Vapi ne dessert l'organisation, rien n'a donc pu être créé.</translation>
    </message>
    <message>
        <source>Interrupted before Vapi created or imported a number; nothing was assigned. Provision again.</source>
        <translation>Interrompu avant que Vapi crée ou importe un numéro ; rien n'a été affecté. Relancez l'attribution.</translation>
    </message>
    <message>
        <source>Found in Vapi after a restart: %1.</source>
        <translation>Trouvé dans Vapi après un redémarrage : %1.</translation>
    </message>
    <message>
        <source>Interrupted by a restart.</source>
        <translation>Interrompu par un redémarrage.</translation>
    </message>
    <message>
        <source>Completed after a restart: the assistant has %1.</source>
        <translation>Terminé après un redémarrage : l'assistant a %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ReleaseOnTwilioPrompt</name>
    <message>
        <source>Release %1 on Twilio</source>
        <translation>Libérer %1 chez Twilio</translation>
    </message>
    <message>
        <source>Release %1 on Twilio as well?</source>
        <translation>Libérer aussi %1 chez Twilio ?</translation>
    </message>
    <message>
        <source>%1 left Vapi and is back in the number pool of %2, for the next assistant. Twilio still bills it, about %3 a month. Releasing it on Twilio stops the bill and takes it out of the pool; it may not be possible to get the same number again.</source>
        <translation>%1 a quitté Vapi et est de retour dans la réserve de numéros de %2, pour le prochain assistant. Twilio le facture toujours, environ %3 par mois. Le libérer chez Twilio arrête la facture et le retire de la réserve ; il ne sera peut-être plus possible d'obtenir le même numéro.</translation>
    </message>
    <message>
        <source>Release on Twilio</source>
        <translation>Libérer chez Twilio</translation>
    </message>
    <message>
        <source>Keep in the pool</source>
        <translation>Garder dans la réserve</translation>
    </message>
</context>
<context>
    <name>Switchboard::RemoveOrganizationPrompt</name>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace?</source>
        <translation>Supprimer %1 de l'espace de travail ?</translation>
    </message>
    <message>
        <source>Its Vapi and Twilio accounts, its number pool and its secrets in the keychain are removed from this workspace. Its assistants and numbers stay in Vapi and Twilio as they are: pool numbers are still billed by Twilio until they are released there. Its history stays, and the removal is recorded with your name.</source>
        <translation>Ses comptes Vapi et Twilio, son pool de numéros et ses secrets dans le trousseau sont supprimés de cet espace de travail. Ses assistants et numéros restent tels quels dans Vapi et Twilio : Twilio facture toujours les numéros du pool tant qu'ils n'y sont pas libérés. Son historique reste, et la suppression est enregistrée avec votre nom.</translation>
    </message>
    <message>
        <source>&amp;Remove organization</source>
        <translation>&amp;Supprimer l'organisation</translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingAdvice</name>
    <message>
        <source>None: free numbers need no setup.</source>
        <translation>Aucun : les numéros gratuits ne demandent aucune configuration.</translation>
    </message>
    <message>
        <source>Keep provisioning: new assistants get free Vapi numbers.</source>
        <translation>Continuez l'attribution : les nouveaux assistants reçoivent des numéros Vapi gratuits.</translation>
    </message>
    <message>
        <source>Before the free allowance runs out, set up a Twilio account for the workspace (about 15 minutes, once).</source>
        <translation>Avant que le quota gratuit soit épuisé, configurez un compte Twilio pour l'espace de travail (environ 15 minutes, une seule fois).</translation>
    </message>
    <message>
        <source>Done: Twilio is set up.</source>
        <translation>Fait : Twilio est configuré.</translation>
    </message>
    <message>
        <source>About 15 minutes, once: a Twilio account, one number, and its credentials in Switchboard.</source>
        <translation>Environ 15 minutes, une seule fois : un compte Twilio, un numéro et ses identifiants dans Switchboard.</translation>
    </message>
    <message>
        <source>Set up Twilio for the workspace: create the account, buy a number, and enter the account SID and auth token in Settings.</source>
        <translation>Configurez Twilio pour l'espace de travail : créez le compte, achetez un numéro, puis saisissez le SID du compte et le jeton d'authentification dans les Paramètres.</translation>
    </message>
    <message>
        <source>Keep a few spare numbers in the Twilio pool, or allow purchases with a monthly limit.</source>
        <translation>Gardez quelques numéros d'avance dans la réserve Twilio, ou autorisez les achats avec une limite mensuelle.</translation>
    </message>
    <message>
        <source>When customers want their own billing, give them their own Twilio account or subaccount.</source>
        <translation>Quand des clients veulent leur propre facturation, donnez-leur leur propre compte ou sous-compte Twilio.</translation>
    </message>
    <message>
        <source>About 30 minutes per organization: a Twilio subaccount, its number pool and its credentials.</source>
        <translation>Environ 30 minutes par organisation : un sous-compte Twilio, sa réserve de numéros et ses identifiants.</translation>
    </message>
    <message>
        <source>Give each organization its own Twilio subaccount and number pool, for isolated billing and white-label use.</source>
        <translation>Donnez à chaque organisation son propre sous-compte Twilio et sa réserve de numéros, pour une facturation séparée et un usage en marque blanche.</translation>
    </message>
    <message>
        <source>Allow purchases per organization with a monthly limit, so pools refill without manual work.</source>
        <translation>Autorisez les achats par organisation avec une limite mensuelle, pour que les réserves se remplissent sans intervention.</translation>
    </message>
    <message>
        <source>Review the manual-assignment queue weekly.</source>
        <translation>Passez en revue la file d'affectation manuelle chaque semaine.</translation>
    </message>
    <message>
        <source>Vapi dashboard: phone numbers</source>
        <translation>Tableau de bord Vapi : numéros de téléphone</translation>
    </message>
    <message>
        <source>Twilio console: phone numbers</source>
        <translation>Console Twilio : numéros de téléphone</translation>
    </message>
    <message>
        <source>Twilio pricing</source>
        <translation>Tarifs Twilio</translation>
    </message>
    <message>
        <source>Free numbers</source>
        <translation>Numéros gratuits</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Multi-organization Twilio</source>
        <translation>Twilio multi-organisations</translation>
    </message>
    <message>
        <source>Twilio is set up, but it can give no number: its pool is used up and buying is off. New assistants wait in the manual queue.</source>
        <translation>Twilio est configuré, mais ne peut donner aucun numéro : sa réserve est épuisée et les achats sont désactivés. Les nouveaux assistants attendent dans la file manuelle.</translation>
    </message>
    <message>
        <source>Add numbers the Twilio account owns to its pool, or allow purchases with a monthly limit.</source>
        <translation>Ajoutez à la réserve des numéros que possède le compte Twilio, ou autorisez les achats avec une limite mensuelle.</translation>
    </message>
    <message>
        <source>no Vapi account</source>
        <translation>aucun compte Vapi</translation>
    </message>
    <message>
        <source>%L1 in use, cap %L2</source>
        <translation>%L1 utilisés, plafond %L2</translation>
    </message>
    <message>
        <source>%L1 in use in %L2 Vapi accounts (caps %L3 together)</source>
        <translation>%L1 utilisés dans %L2 comptes Vapi (plafonds cumulés : %L3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) full</source>
        <translation>
            <numerusform> ; %n compte plein</numerusform>
            <numerusform> ; %n comptes pleins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingView</name>
    <message>
        <source>Every assistant fits in the free allowance of Vapi numbers.</source>
        <translation>Tous les assistants tiennent dans le quota gratuit de numéros Vapi.</translation>
    </message>
    <message>
        <source>Past the free allowance: new numbers come from Twilio, at a monthly price each.</source>
        <translation>Au-delà du quota gratuit : les nouveaux numéros viennent de Twilio, chacun à un prix mensuel.</translation>
    </message>
    <message>
        <source>Many customers: each organization gets its own Twilio account or subaccount and number pool, billed separately.</source>
        <translation>Nombreux clients : chaque organisation a son propre compte ou sous-compte Twilio et sa réserve de numéros, facturés séparément.</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Monthly cost of numbers as assistants are added</source>
        <translation>Coût mensuel des numéros à mesure que des assistants s'ajoutent</translation>
    </message>
    <message>
        <source>More assistants</source>
        <translation>Assistants supplémentaires</translation>
    </message>
    <message>
        <source>US dollars a month</source>
        <translation>Dollars US par mois</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Palier : %1</translation>
    </message>
    <message>
        <source>%1 a month with 10 more assistants, %2 with 50 more.</source>
        <translation>%1 par mois avec 10 assistants de plus, %2 avec 50 de plus.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 a month now to %2 a month with %n more assistant(s).</source>
        <translation>
            <numerusform>De %1 par mois aujourd'hui à %2 par mois avec %n assistant de plus.</numerusform>
            <numerusform>De %1 par mois aujourd'hui à %2 par mois avec %n assistants de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %Ln Twilio number(s); free Vapi numbers: %2.</source>
        <translation>
            <numerusform>%1 par mois pour %Ln numéro Twilio ; numéros Vapi gratuits : %2.</numerusform>
            <numerusform>%1 par mois pour %Ln numéros Twilio ; numéros Vapi gratuits : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretError</name>
    <message>
        <source>Open Keychain Access, unlock the login keychain, and try again.</source>
        <translation>Ouvrez Trousseaux d'accès, déverrouillez le trousseau de session, puis réessayez.</translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is running for your user account, and try again.</source>
        <translation>Vérifiez que le Gestionnaire d'identification de Windows fonctionne pour votre compte utilisateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and unlock it, then try again. Over SSH or in a container, run Switchboard inside a D-Bus session with an unlocked keyring (see the README).</source>
        <translation>Démarrez un Secret Service (GNOME Keyring ou KWallet) dans votre session de bureau et déverrouillez-le, puis réessayez. Via SSH ou dans un conteneur, lancez Switchboard dans une session D-Bus avec un trousseau déverrouillé (voir le README).</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Message du trousseau : %1)</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so Switchboard cannot read or store credentials; everything that needs no credential (the history, the organizations, the manual queue) keeps working. Nothing was saved anywhere else.</source>
        <translation>Le trousseau est inutilisable, Switchboard ne peut donc ni lire ni enregistrer d'identifiants ; tout ce qui n'en demande pas (l'historique, les organisations, la file manuelle) continue de fonctionner. Rien n'a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Access to %1 was refused in the keychain. Allow Switchboard access when the keychain asks, and try again.</source>
        <translation>L'accès à %1 a été refusé dans le trousseau. Autorisez l'accès à Switchboard quand le trousseau le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 n'est pas défini.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretIndex</name>
    <message>
        <source>secret key: only organization and workspace secrets are indexed</source>
        <translation>clé de secret : seuls les secrets des organisations et de l'espace de travail sont indexés</translation>
    </message>
    <message>
        <source>The workspace could not record that %1 is set: %2</source>
        <translation>L'espace de travail n'a pas pu noter que %1 est défini : %2</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 remplacé</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretInput</name>
    <message>
        <source>standard input cannot be read.</source>
        <translation>l'entrée standard est illisible.</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 bytes; give only the secret, on one line.</source>
        <translation>le secret sur l'entrée standard dépasse %1 octets ; donnez uniquement le secret, sur une ligne.</translation>
    </message>
    <message>
        <source>standard input holds more than one line; give one secret, on one line.</source>
        <translation>l'entrée standard contient plus d'une ligne ; donnez un seul secret, sur une ligne.</translation>
    </message>
    <message>
        <source>no secret was given on standard input; type or pipe it (it is never taken from the command line).</source>
        <translation>aucun secret n'a été donné sur l'entrée standard ; tapez-le ou transmettez-le par un tube (il n'est jamais pris sur la ligne de commande).</translation>
    </message>
    <message>
        <source>the secret on standard input contains a control character; give only the secret, as the service shows it.</source>
        <translation>le secret sur l'entrée standard contient un caractère de contrôle ; donnez uniquement le secret, tel que le service l'affiche.</translation>
    </message>
    <message>
        <source>the secret on standard input is not UTF-8 text.</source>
        <translation>le secret sur l'entrée standard n'est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not taken from the command line: a command line stays in the shell history and every user of this computer can see it. Type it when asked, or pipe it on standard input (for example from your password manager).</source>
        <translation>%1 n'est pas pris sur la ligne de commande : une ligne de commande reste dans l'historique du shell et tous les utilisateurs de cet ordinateur peuvent la voir. Tapez-le quand il est demandé, ou transmettez-le par un tube sur l'entrée standard (par exemple depuis votre gestionnaire de mots de passe).</translation>
    </message>
    <message>
        <source>standard input holds %1 line(s); give %2 secrets, one a line, in the order asked for.</source>
        <translation>l’entrée standard contient %1 ligne(s) ; donnez %2 secrets, un par ligne, dans l’ordre demandé.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretKey</name>
    <message>
        <source>Vapi private key</source>
        <translation>Clé privée Vapi</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d'authentification Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secret de la clé API Twilio</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>secret key: "%1" is not of the form org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; or workspace/&lt;api&gt;/&lt;purpose&gt;</source>
        <translation>clé de secret : « %1 » n'a pas la forme org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; ou workspace/&lt;api&gt;/&lt;purpose&gt;</translation>
    </message>
    <message>
        <source>secret key: "%1" is not an organization id (a positive whole number without leading zeros)</source>
        <translation>clé de secret : « %1 » n'est pas un identifiant d'organisation (un entier positif sans zéros initiaux)</translation>
    </message>
    <message>
        <source>secret key: unknown service "%1" (use vapi, twilio or postgres)</source>
        <translation>clé de secret : service « %1 » inconnu (utilisez vapi, twilio ou postgres)</translation>
    </message>
    <message>
        <source>secret key: unknown purpose "%1" (use api-key, auth-token, api-key-secret or password)</source>
        <translation>clé de secret : usage « %1 » inconnu (utilisez api-key, auth-token, api-key-secret ou password)</translation>
    </message>
    <message>
        <source>secret key: %1 has no %2 %3</source>
        <translation>clé de secret : %1 n'a pas de %2 %3</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l'espace de travail</translation>
    </message>
    <message>
        <source>an invalid secret key</source>
        <translation>une clé de secret non valide</translation>
    </message>
    <message>
        <source>the keychain availability probe</source>
        <translation>le test de disponibilité du trousseau</translation>
    </message>
    <message>
        <source>the workspace %1</source>
        <translation>l'espace de travail %1</translation>
    </message>
    <message>
        <source>the %1 of organization %2</source>
        <translation>%1 de l'organisation %2</translation>
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
        <translation>Le secret n'a pas de nom valide ; rien n'a donc été lu ni enregistré.</translation>
    </message>
    <message>
        <source>%1 was not stored: it is %2 bytes long, and a keychain entry holds at most %3 bytes (the limit of Windows Credential Manager, which Switchboard keeps on every system). API keys and tokens are much shorter: copy only the secret itself from the service's console, without the text around it, and try again.</source>
        <translation>%1 n’a pas été enregistré : il fait %2 octets, et une entrée du trousseau en contient au plus %3 (la limite du Gestionnaire d’identification de Windows, que Switchboard respecte sur tous les systèmes). Les clés d’API et les jetons sont bien plus courts : copiez uniquement le secret depuis la console du service, sans le texte qui l’entoure, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <source>Default area code</source>
        <translation>Indicatif par défaut</translation>
    </message>
    <message>
        <source>Twilio price per number</source>
        <translation>Prix Twilio par numéro</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Limite d'achats mensuelle</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Clé privée Vapi</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID du compte Twilio</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID de la clé API Twilio</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d'authentification Twilio</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Secret de la clé API Twilio</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier d'espace de travail</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL PostgreSQL</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>Uniquement sur demande (F5)</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> par mois</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Ouvert actuellement : %1</translation>
    </message>
    <message>
        <source>It serves every organization that does not bring its own. Leave the key empty to keep the one in the keychain.</source>
        <translation>Il dessert toutes les organisations qui n'apportent pas le leur. Laissez la clé vide pour conserver celle du trousseau.</translation>
    </message>
    <message>
        <source>Not set up yet: choose its region and enter its private API key (in the Vapi dashboard under API Keys).</source>
        <translation>Pas encore configuré : choisissez sa région et saisissez sa clé API privée (dans le tableau de bord Vapi, sous « API Keys »).</translation>
    </message>
    <message>
        <source>is empty: enter the team server's address, such as postgresql://user@db.example.com/switchboard</source>
        <translation>est vide : saisissez l'adresse du serveur d'équipe, comme postgresql://user@db.example.com/switchboard</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgres://</source>
        <translation>doit commencer par postgresql:// ou postgres://</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>n'est pas une URL valide : %1</translation>
    </message>
    <message>
        <source>names no server: write it after //, such as db.example.com</source>
        <translation>n'indique aucun serveur : écrivez-le après //, comme db.example.com</translation>
    </message>
    <message>
        <source>must not contain a password: remove it from the URL; passwords are kept in the keychain, never in the settings</source>
        <translation>ne doit pas contenir de mot de passe : retirez-le de l'URL ; les mots de passe sont conservés dans le trousseau, jamais dans les paramètres</translation>
    </message>
    <message>
        <source>is a server address: choose "Team server" for it</source>
        <translation>est une adresse de serveur : choisissez plutôt « Serveur d'équipe »</translation>
    </message>
    <message>
        <source>must be a full path, such as %1</source>
        <translation>doit être un chemin complet, comme %1</translation>
    </message>
    <message>
        <source>is a folder: name the file in it, such as %1</source>
        <translation>est un dossier : indiquez un fichier dans ce dossier, comme %1</translation>
    </message>
    <message>
        <source>contains a space: paste the key alone</source>
        <translation>contient un espace : collez la clé seule</translation>
    </message>
    <message>
        <source>cannot be emptied: the workspace's pool numbers are filed under this account; enter its SID again</source>
        <translation>ne peut pas être vidé : les numéros de la réserve de l'espace de travail sont rattachés à ce compte ; saisissez de nouveau son SID</translation>
    </message>
    <message>
        <source>is needed to reach the account; Twilio shows it once, when the API key is created</source>
        <translation>est nécessaire pour accéder au compte ; Twilio ne l'affiche qu'une fois, à la création de la clé API</translation>
    </message>
    <message>
        <source>is needed to reach the account; it is on the Twilio console's home page</source>
        <translation>est nécessaire pour accéder au compte ; il figure sur la page d'accueil de la console Twilio</translation>
    </message>
    <message>
        <source>is empty: enter it first</source>
        <translation>est vide : saisissez-le d'abord</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The sandbox demo keeps its workspace in a temporary folder, removed when it ends. Start Switchboard without --sandbox to choose where your own workspace is.</source>
        <translation>La démo bac à sable garde son espace de travail dans un dossier temporaire, supprimé à la fin. Lancez Switchboard sans --sandbox pour choisir où se trouve votre propre espace de travail.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurer l'espace de travail</translation>
    </message>
    <message>
        <source>First your agency's own Vapi account: its free numbers serve every customer without a Vapi account of their own. A Twilio account is optional: its numbers serve them when the free ones run out. Customers come next, each with their own accounts if they have them.</source>
        <translation>D'abord le compte Vapi de votre agence : ses numéros gratuits servent chaque client sans compte Vapi à lui. Un compte Twilio est facultatif : ses numéros les servent quand les gratuits sont épuisés. Les clients viennent ensuite, chacun avec ses propres comptes s'il en a.</translation>
    </message>
    <message>
        <source>is needed to set up the workspace; find the private key in the Vapi dashboard under API Keys</source>
        <translation>est nécessaire pour configurer l'espace de travail ; la clé privée se trouve dans le tableau de bord Vapi, sous API Keys</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Réserve de numéros</translation>
    </message>
    <message>
        <source>Keeping the keys in the keychain…</source>
        <translation>Enregistrement des clés dans le trousseau…</translation>
    </message>
    <message>
        <source>Numbers of its pool go to organizations without a Twilio account of their own, and to those whose own pool is used up (the chain's next link). Leave the secret empty to keep the one in the keychain.</source>
        <translation>Les numéros de sa réserve vont aux organisations sans compte Twilio propre, et à celles dont la réserve propre est épuisée (le maillon suivant de la chaîne). Laissez le secret vide pour garder celui du trousseau.</translation>
    </message>
    <message>
        <source>Optional: when the free Vapi numbers run out, numbers of this account go to organizations without a Twilio account of their own, and to those whose own pool is used up. The auth token is on the Twilio console's home page.</source>
        <translation>Facultatif : quand les numéros Vapi gratuits sont épuisés, les numéros de ce compte vont aux organisations sans compte Twilio propre, et à celles dont la réserve propre est épuisée. Le jeton d'authentification figure sur la page d'accueil de la console Twilio.</translation>
    </message>
    <message numerus="yes">
        <source> number(s) a month</source>
        <translation>
            <numerusform> numéro par mois</numerusform>
            <numerusform> numéros par mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> numéro gratuit</numerusform>
            <numerusform> numéros gratuits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Every button and field also has an access key: hold Alt and press the underlined letter.</source>
        <translation>Chaque bouton et chaque champ a aussi une touche d'accès : maintenez Alt et appuyez sur la lettre soulignée.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SnapshotLoader</name>
    <message>
        <source>The workspace cannot be read.</source>
        <translation>L'espace de travail ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sql</name>
    <message>
        <source>The disk that holds the workspace is full (%1). Free some space, then try again; nothing after this point was done.</source>
        <translation>Le disque de l’espace de travail est plein (%1). Libérez de l’espace, puis réessayez ; rien n’a été fait après ce point.</translation>
    </message>
    <message>
        <source>The workspace is read-only (%1): it can be read but not changed. Open a writable copy, or ask for write access.</source>
        <translation>L’espace de travail est en lecture seule (%1) : il peut être lu mais pas modifié. Ouvrez une copie modifiable, ou demandez l’accès en écriture.</translation>
    </message>
    <message>
        <source>The connection to the workspace database is gone (%1). Check the network or the server, then try again.</source>
        <translation>La connexion à la base de données de l’espace de travail est perdue (%1). Vérifiez le réseau ou le serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>la base de données n’a renvoyé aucune ligne pour un nouvel enregistrement</translation>
    </message>
</context>
<context>
    <name>Switchboard::SqlTransaction</name>
    <message>
        <source>The workspace cannot be written now: %1</source>
        <translation>L'espace de travail ne peut pas être écrit pour le moment : %1</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed: %1</source>
        <translation>L'espace de travail n'a pas pu être écrit ; rien n'a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::StepsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Maillon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Provider's error</source>
        <translation>Erreur du fournisseur</translation>
    </message>
    <message>
        <source>Task opened</source>
        <translation>Tâche ouverte</translation>
    </message>
</context>
<context>
    <name>Switchboard::TwilioFallback</name>
    <message numerus="yes">
        <source>%1 (%n spare number(s) in its pool)</source>
        <translation>
            <numerusform>%1 (%n numéro libre dans sa réserve)</numerusform>
            <numerusform>%1 (%n numéros libres dans sa réserve)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (bought as needed, within its monthly limit)</source>
        <translation>%1 (achetés au besoin, dans sa limite mensuelle)</translation>
    </message>
</context>
<context>
    <name>Switchboard::UsageMeter</name>
    <message>
        <source>Free-number usage</source>
        <translation>Utilisation des numéros gratuits</translation>
    </message>
    <message>
        <source>Free Vapi numbers used</source>
        <translation>Numéros Vapi gratuits utilisés</translation>
    </message>
    <message>
        <source>Free-number advice</source>
        <translation>Conseil sur les numéros gratuits</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Free Vapi numbers</source>
        <translation>Numéros Vapi gratuits</translation>
    </message>
    <message>
        <source>No Vapi account serves this selection yet.</source>
        <translation>Aucun compte Vapi ne dessert encore cette sélection.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Ensuite : %1.</translation>
    </message>
    <message>
        <source>Free Vapi numbers of %1</source>
        <translation>Numéros Vapi gratuits de %1</translation>
    </message>
    <message>
        <source>get a number in the Twilio console</source>
        <translation>obtenir un numéro dans la console Twilio</translation>
    </message>
    <message>
        <source>add the Twilio account here</source>
        <translation>ajouter le compte Twilio ici</translation>
    </message>
    <message>
        <source>Next: keep provisioning; new assistants get free numbers.</source>
        <translation>Ensuite : continuez l'attribution ; les nouveaux assistants reçoivent des numéros gratuits.</translation>
    </message>
    <message>
        <source>Next: %1, then %2.</source>
        <translation>Ensuite : %1, puis %2.</translation>
    </message>
    <message>
        <source>Next: new numbers come from Twilio: %1, then %2. %3</source>
        <translation>Ensuite : les nouveaux numéros viennent de Twilio : %1, puis %2. %3</translation>
    </message>
    <message>
        <source>See the numbers in Vapi.</source>
        <translation>Voir les numéros dans Vapi.</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation>%L1 sur %L2 (%L3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) use their own Vapi account: select one to see its free numbers.</source>
        <translation>
            <numerusform>%n organisation a son propre compte Vapi : sélectionnez-la pour voir ses numéros gratuits.</numerusform>
            <numerusform>%n organisations ont leur propre compte Vapi : sélectionnez-en une pour voir ses numéros gratuits.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up the workspace's Vapi account</source>
        <translation>configurer le compte Vapi de l'espace de travail</translation>
    </message>
    <message>
        <source>Free-number cap</source>
        <translation>Plafond de numéros gratuits</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Cap %L1: %2.</source>
        <translation>Plafond %L1 : %2.</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi again.</source>
        <translation>Le prochain provisionnement redemande à Vapi.</translation>
    </message>
    <message>
        <source>Vapi asks for a payment method before it gives another free number: %1, then %2.</source>
        <translation>Vapi demande un moyen de paiement avant de donner un autre numéro gratuit : %1, puis %2.</translation>
    </message>
    <message>
        <source>add one in the Vapi dashboard</source>
        <translation>ajoutez-en un dans le tableau de bord Vapi</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>vérifiez à nouveau</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any: add numbers to its pool or allow buying (%2) before the free numbers run out.</source>
        <translation>Ensuite : %1 n'a aucun numéro libre et ne peut pas en acheter : ajoutez des numéros à sa réserve ou autorisez les achats (%2) avant que les numéros gratuits ne s'épuisent.</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any, so new assistants wait in the manual queue: add numbers to its pool or allow buying (%2). %3</source>
        <translation>Ensuite : %1 n'a aucun numéro libre et ne peut pas en acheter, les nouveaux assistants attendent donc dans la file manuelle : ajoutez des numéros à sa réserve ou autorisez les achats (%2). %3</translation>
    </message>
    <message>
        <source>This account holds %L1: Vapi let it have more than that.</source>
        <translation>Ce compte en détient %L1 : Vapi lui en a laissé davantage.</translation>
    </message>
    <message numerus="yes">
        <source>%n other organization(s) have no Vapi account: %1.</source>
        <translation>
            <numerusform>%n autre organisation n'a pas de compte Vapi : %1.</numerusform>
            <numerusform>%n autres organisations n'ont pas de compte Vapi : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: nothing to set up; once the free numbers are used, provisioning takes numbers from %1.</source>
        <translation>Ensuite : rien à configurer ; une fois les numéros gratuits épuisés, l'attribution prend des numéros de %1.</translation>
    </message>
    <message>
        <source>Next: nothing to set up; provisioning takes numbers from %1. %2</source>
        <translation>Ensuite : rien à configurer ; l'attribution prend des numéros de %1. %2</translation>
    </message>
    <message>
        <source>Not confirmed: Vapi has not answered for this account since %1, so these are the workspace's last counts. Next: check its key and the connection, then refresh (F5).</source>
        <translation>Non confirmé : Vapi n'a pas répondu pour ce compte depuis %1, ce sont donc les derniers chiffres de l'espace de travail. Ensuite : vérifiez sa clé et la connexion, puis actualisez (F5).</translation>
    </message>
</context>
<context>
    <name>Switchboard::UserGuideDialog</name>
    <message>
        <source>Switchboard user guide</source>
        <translation>Guide de l'utilisateur de Switchboard</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
</context>
<context>
    <name>Switchboard::Validation</name>
    <message>
        <source>must be "%1" followed by 32 hexadecimal digits (34 characters), as shown in the Twilio console</source>
        <translation>doit être « %1 » suivi de 32 chiffres hexadécimaux (34 caractères), comme dans la console Twilio</translation>
    </message>
    <message>
        <source>must be a Vapi id such as 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (a UUID, as shown in the Vapi dashboard)</source>
        <translation>doit être un identifiant Vapi comme 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (un UUID, comme dans le tableau de bord Vapi)</translation>
    </message>
    <message>
        <source>must be a US area code of exactly three digits, such as 415</source>
        <translation>doit être un indicatif américain d'exactement trois chiffres, comme 415</translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or dashes, not starting or ending with a dash (for example acme-dental)</source>
        <translation>doit compter de 2 à 40 minuscules, chiffres ou tirets, sans commencer ni finir par un tiret (par exemple acme-dental)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at most 120 characters</source>
        <translation>doit compter 120 caractères au plus</translation>
    </message>
    <message>
        <source>must not contain control characters such as line breaks, tabs or terminal escape codes (found U+%1)</source>
        <translation>ne doit pas contenir de caractères de contrôle tels que sauts de ligne, tabulations ou codes d'échappement de terminal (trouvé U+%1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiAccountSharing</name>
    <message>
        <source>the workspace</source>
        <translation>l'espace de travail</translation>
    </message>
    <message>
        <source>This key reaches the Vapi account that %1 already uses. Organizations that share one Vapi account share its free numbers and its free-number cap; that is almost never intended.</source>
        <translation>Cette clé atteint le compte Vapi que %1 utilise déjà. Des organisations qui partagent un compte Vapi en partagent les numéros gratuits et le plafond ; ce n’est presque jamais voulu.</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiClient</name>
    <message>
        <source>The Vapi API key is empty; paste the account's private key.</source>
        <translation>La clé API Vapi est vide ; collez la clé privée du compte.</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>The phone number's provider "%1" is not one Vapi knows; send the number's current provider (vapi, twilio, vonage, telnyx or byo-phone-number).</source>
        <translation>Le fournisseur « %1 » du numéro est inconnu de Vapi ; envoyez le fournisseur actuel du numéro (vapi, twilio, vonage, telnyx ou byo-phone-number).</translation>
    </message>
    <message>
        <source>A phone-number search needs 1 to 100 characters.</source>
        <translation>Une recherche de numéro de téléphone demande de 1 à 100 caractères.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WizardSteps</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
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
        <translation>La base de données d'équipe ne répond pas (aucune réponse en %1 s).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceCopier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>a row of %1 cannot be written: %2</source>
        <translation>une ligne de %1 ne peut pas être écrite : %2</translation>
    </message>
    <message>
        <source>The two workspaces have different schema versions (%1 and %2).</source>
        <translation>Les deux espaces de travail ont des versions de schéma différentes (%1 et %2).</translation>
    </message>
    <message>
        <source>The table %1 is not known to the copier; nothing was copied.</source>
        <translation>La table %1 est inconnue de l'outil de copie ; rien n'a été copié.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 holds rows); a workspace is only copied into an empty database. Nothing was copied.</source>
        <translation>%1 n'est pas vide (%2 contient des lignes) ; un espace de travail n'est copié que dans une base de données vide. Rien n'a été copié.</translation>
    </message>
    <message>
        <source> Nothing was copied.</source>
        <translation> Rien n'a été copié.</translation>
    </message>
    <message>
        <source>The copy could not be committed (%1). Nothing was copied.</source>
        <translation>La copie n'a pas pu être validée (%1). Rien n'a été copié.</translation>
    </message>
    <message>
        <source>The copy was committed, but the row counts differ (see the table).</source>
        <translation>La copie a été validée, mais les nombres de lignes diffèrent (voir le tableau).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceDatabase</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Aucun fichier d'espace de travail n'a été indiqué.</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read. Check its permissions.</source>
        <translation>Le fichier d'espace de travail %1 est illisible. Vérifiez ses droits d'accès.</translation>
    </message>
    <message>
        <source>%1 is not a Switchboard workspace (it is not an SQLite database, or it is damaged beyond its first bytes). It was left as it is; choose another data folder with --data-dir, or restore the file from a backup.</source>
        <translation>%1 n'est pas un espace de travail Switchboard (ce n'est pas une base SQLite, ou elle est endommagée au-delà de ses premiers octets). Il a été laissé tel quel ; choisissez un autre dossier de données avec --data-dir, ou restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another data folder with --data-dir.</source>
        <translation>Le dossier %1 ne peut pas être créé. Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed, so %2 cannot be opened.</source>
        <translation>Le pilote de base de données Qt %1 n'est pas installé, %2 ne peut donc pas être ouvert.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>L'espace de travail %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and was left as it is (%2). Restore it from a backup, or choose another data folder.</source>
        <translation>L'espace de travail %1 est endommagé et a été laissé tel quel (%2). Restaurez-le depuis une sauvegarde, ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>%1 holds a database that Switchboard did not create. It was left as it is; choose another data folder or database.</source>
        <translation>%1 contient une base de données que Switchboard n'a pas créée. Elle a été laissée telle quelle ; choisissez un autre dossier de données ou une autre base.</translation>
    </message>
    <message>
        <source>The workspace %1 has no schema version and was left as it is. Restore it from a backup.</source>
        <translation>L'espace de travail %1 n'a pas de version de schéma et a été laissé tel quel. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Switchboard (schema %2; this version knows up to %3). It was left as it is: update Switchboard to open it.</source>
        <translation>L'espace de travail %1 a été écrit par une version plus récente de Switchboard (schéma %2 ; cette version connaît jusqu'au %3). Il a été laissé tel quel : mettez Switchboard à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be prepared for use: %2</source>
        <translation>L'espace de travail %1 ne peut pas être préparé : %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded: %2</source>
        <translation>L'espace de travail %1 n'a pas pu être mis à niveau : %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded to schema %2, and was left as it was: %3</source>
        <translation>L'espace de travail %1 n'a pas pu être mis à niveau vers le schéma %2 et a été laissé tel quel : %3</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be reached: %2</source>
        <translation>L'espace de travail %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: the disk that holds it is full or failing (%2). Free some space, then try again; the file was left as it is.</source>
        <translation>L’espace de travail %1 ne peut pas être ouvert : son disque est plein ou défaillant (%2). Libérez de l’espace, puis réessayez ; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>it is on a file system mounted read-only (%1)</source>
        <translation>il se trouve sur un système de fichiers monté en lecture seule (%1)</translation>
    </message>
    <message>
        <source>your user may not write to the file</source>
        <translation>votre utilisateur n'a pas le droit d'écrire dans le fichier</translation>
    </message>
    <message>
        <source>your user may not write to its folder %1, where SQLite keeps its journal</source>
        <translation>votre utilisateur n'a pas le droit d'écrire dans son dossier %1, où SQLite tient son journal</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no workspace can be created in it. Choose another data folder with --data-dir.</source>
        <translation>Le dossier %1 est en lecture seule : aucun espace de travail ne peut y être créé. Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: %2. Nothing was changed. To change it, copy its folder somewhere writable and open the copy (--data-dir), or make it writable (mount it read-write, or give your user write permission on the file and its folder).</source>
        <translation>L'espace de travail %1 est en lecture seule : %2. Rien n'a été modifié. Pour le modifier, copiez son dossier dans un emplacement accessible en écriture et ouvrez la copie (--data-dir), ou rendez-le accessible en écriture (montez-le en lecture-écriture, ou donnez à votre utilisateur le droit d'écrire dans le fichier et son dossier).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (%2), and its latest changes are still in %3, which can be read only where the workspace is writable. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>L'espace de travail %1 est en lecture seule (%2), et ses dernières modifications se trouvent encore dans %3, qui ne peut être lu que là où l'espace de travail est accessible en écriture. Ouvrez-le une fois là où il est accessible en écriture, ou copiez son dossier dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>The workspace %1 must be upgraded (schema %2 to %3) before this version can read it, and it is read-only: %4. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>L'espace de travail %1 doit être mis à niveau (schéma %2 vers %3) avant que cette version puisse le lire, et il est en lecture seule : %4. Ouvrez-le une fois là où il est accessible en écriture, ou copiez son dossier dans un emplacement accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceOpener</name>
    <message>
        <source>The database password cannot be read from the keychain: %1</source>
        <translation>Le mot de passe de la base de données ne peut pas être lu dans le trousseau : %1</translation>
    </message>
    <message>
        <source>The database password could not be kept in the keychain: %1</source>
        <translation>Le mot de passe de la base de données n'a pas pu être conservé dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSettings</name>
    <message>
        <source>default area code</source>
        <translation>indicatif par défaut</translation>
    </message>
    <message>
        <source>Twilio number price: must be between 0 and 1000 (US dollars a month)</source>
        <translation>prix d'un numéro Twilio : doit être entre 0 et 1000 (dollars US par mois)</translation>
    </message>
    <message>
        <source>purchase limit: must be zero or more</source>
        <translation>limite d'achats : doit être positive ou nulle</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1 : %2 (était %3)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Workspace setting changed: %1</source>
        <translation>Réglage de l'espace de travail modifié : %1</translation>
    </message>
    <message>
        <source>monthly price of a Twilio number</source>
        <translation>prix mensuel d'un numéro Twilio</translation>
    </message>
    <message>
        <source>the workspace's Twilio may buy numbers</source>
        <translation>le Twilio de l'espace de travail peut acheter des numéros</translation>
    </message>
    <message>
        <source>the workspace's monthly purchase limit</source>
        <translation>limite mensuelle d'achats de l'espace de travail</translation>
    </message>
    <message>
        <source>new assistants get a number automatically</source>
        <translation>les nouveaux assistants reçoivent un numéro automatiquement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSetup</name>
    <message>
        <source>the workspace has no Twilio account</source>
        <translation>l'espace de travail n'a pas de compte Twilio</translation>
    </message>
    <message>
        <source>the workspace has no Twilio account; give its account SID</source>
        <translation>l'espace de travail n'a pas de compte Twilio ; indiquez son SID de compte</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>a number to remove is not in the workspace's pool any more; nothing was changed</source>
        <translation>un numéro à retirer n'est plus dans la réserve de l'espace de travail ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>%1 is in use (a provisioning took it, or it is in Vapi) and stays in the pool; nothing was changed</source>
        <translation>%1 est utilisé (une attribution l'a pris, ou il est dans Vapi) et reste dans la réserve ; rien n'a été modifié</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <source>The database location in the settings (%1) is refused: %2</source>
        <translation>L'emplacement de la base de données dans les paramètres (%1) est refusé : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard gives the Vapi assistants of your customer organizations working phone numbers, and keeps a record of every step.</source>
        <translation>Switchboard donne aux assistants Vapi de vos organisations clientes des numéros de téléphone qui fonctionnent, et garde une trace de chaque étape.</translation>
    </message>
    <message>
        <source>Keep the workspace in &lt;dir&gt; (default: $SWITCHBOARD_DATA_DIR, else the application data folder).</source>
        <translation>Conserver l'espace de travail dans &lt;dir&gt; (par défaut : $SWITCHBOARD_DATA_DIR, sinon le dossier de données de l'application).</translation>
    </message>
    <message>
        <source>Open the sandbox demo in a temporary workspace; nothing reaches Vapi or Twilio.</source>
        <translation>Ouvrir la démo bac à sable dans un espace de travail temporaire ; rien n'atteint Vapi ni Twilio.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans &lt;file&gt; dès qu'elle s'affiche, puis quitter.</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>The sandbox workspace cannot be created in %1: %2</source>
        <translation>L'espace de travail bac à sable ne peut pas être créé dans %1 : %2</translation>
    </message>
    <message>
        <source>The sandbox demo cannot start: %1</source>
        <translation>La démo bac à sable ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;url&gt;: postgresql://user@host:port/db[?sslmode=…] for a team workspace, or an SQLite file (default: the settings' database/location, else the data folder's workspace).</source>
        <translation>Ouvrir l'espace de travail situé à &lt;url&gt; : postgresql://user@host:port/db[?sslmode=…] pour un espace de travail d'équipe, ou un fichier SQLite (par défaut : database/location des paramètres, sinon l'espace de travail du dossier de données).</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Aucun mot de passe n'a été indiqué pour %1.</translation>
    </message>
    <message>
        <source>--sandbox opens a temporary workspace of its own, removed when the demo ends: leave out --data-dir and --database, or leave out --sandbox to open that workspace.</source>
        <translation>--sandbox ouvre son propre espace de travail temporaire, supprimé à la fin de la démo : omettez --data-dir et --database, ou omettez --sandbox pour ouvrir cet espace de travail.</translation>
    </message>
</context>
</TS>