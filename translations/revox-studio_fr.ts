<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../src/ui/editor/AdvancedPage.cpp" line="+15"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set by Revox</source>
        <translation>Défini par Revox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields from a newer API</source>
        <translation>Champs d’une API plus récente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields this version does not know</source>
        <translation>Champs inconnus de cette version</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(not given)</source>
        <translation>(non fourni)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This assistant has no fields beyond the ones this version of Revox Studio knows.</source>
        <translation>Cet assistant n’a aucun champ en dehors de ceux que cette version de Revox Studio connaît.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s) this version of Revox Studio does not know.</source>
        <translation>
            <numerusform>%n champ que cette version de Revox Studio ne connaît pas.</numerusform>
            <numerusform>%n champs que cette version de Revox Studio ne connaît pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are kept exactly as the server sent them and never changed by this editor.</source>
        <translation>Ils sont conservés tels que le serveur les a envoyés et cet éditeur ne les modifie jamais.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/core/ApiError.cpp" line="+130"/>
        <source>The Revox server did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur Revox n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server redirected the request too many times. Check the server address in Connections.</source>
        <translation>Le serveur a redirigé la requête trop de fois. Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server redirected the request from a secure to an insecure address, which is refused. Check the server address in Connections.</source>
        <translation>Le serveur a redirigé la requête d’une adresse sécurisée vers une adresse non sécurisée, ce qui est refusé. Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server answered with an unexpected redirect (HTTP %1). Check the server address in Connections.</source>
        <translation>Le serveur a répondu par une redirection inattendue (HTTP %1). Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with a redirect to %1 (HTTP %2) that was not followed. Check the server address in Connections.</source>
        <translation>Le serveur a répondu par une redirection vers %1 (HTTP %2), qui n’a pas été suivie. Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no HTTP status</source>
        <translation>aucun statut HTTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>content type %1</source>
        <translation>type de contenu %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server rejected the request: %1. Correct these values and try again.</source>
        <translation>Le serveur a rejeté la requête&#xa0;: %1. Corrigez ces valeurs et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the request. Correct the values it names and try again.</source>
        <translation>Le serveur a rejeté la requête. Corrigez les valeurs qu’il indique et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request: %1</source>
        <translation>Le serveur a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request as invalid. Check the values and try again.</source>
        <translation>Le serveur a jugé la requête non valide. Vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was rejected. Update it in Connections.</source>
        <translation>La clé d’API a été refusée. Mettez-la à jour dans les connexions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is not allowed to do this. Check its permissions in the Revox dashboard, or use another key in Connections.</source>
        <translation>La clé d’API n’a pas le droit de faire cela. Vérifiez ses autorisations dans le tableau de bord Revox, ou utilisez une autre clé dans les connexions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assistant no longer exists on the server; it may have been deleted elsewhere. Reload the list.</source>
        <translation>L’assistant n’existe plus sur le serveur&#xa0;; il a peut-être été supprimé ailleurs. Rechargez la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server gave up waiting for the request. Try again.</source>
        <translation>Le serveur a cessé d’attendre la requête. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assistant was changed elsewhere since it was loaded. Reload it, then apply your changes again.</source>
        <translation>L’assistant a été modifié ailleurs depuis son chargement. Rechargez-le, puis appliquez à nouveau vos modifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large for the server. Shorten the longest texts or lists and try again.</source>
        <translation>La requête est trop volumineuse pour le serveur. Raccourcissez les textes ou les listes les plus longs et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server rejected some values: %1. Correct them and save again.</source>
        <translation>Le serveur a rejeté certaines valeurs&#xa0;: %1. Corrigez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The server rejected some values. Correct them and save again.</source>
        <translation>Le serveur a rejeté certaines valeurs. Corrigez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server rejected some values: %1</source>
        <translation>Le serveur a rejeté certaines valeurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many requests: the server is rate limiting this API key. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de requêtes&#xa0;: le serveur limite le débit de cette clé d’API. Patientez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de requêtes&#xa0;: le serveur limite le débit de cette clé d’API. Patientez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests: the server is rate limiting this API key. Wait a moment and try again.</source>
        <translation>Trop de requêtes&#xa0;: le serveur limite le débit de cette clé d’API. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Revox server is having trouble (HTTP %1). Try again in a moment.</source>
        <translation>Le serveur Revox rencontre un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Le serveur a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The Revox server could not be found. Check your internet connection and the server address in Connections.</source>
        <translation>Le serveur Revox est introuvable. Vérifiez votre connexion à Internet et l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Revox server refused the connection. Check the server address in Connections, or try again later.</source>
        <translation>Le serveur Revox a refusé la connexion. Vérifiez l’adresse du serveur dans les connexions, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was closed before the whole answer arrived. Try again.</source>
        <translation>La connexion a été fermée avant que la réponse soit arrivée en entier. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection without answering. Try again.</source>
        <translation>Le serveur a fermé la connexion sans répondre. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be made. Check the server address in Connections and your computer&apos;s date and time.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur. Vérifiez l’adresse du serveur dans les connexions, ainsi que la date et l’heure de votre ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Revox server could not be reached. Check your internet connection and try again.</source>
        <translation>Le serveur Revox est injoignable. Vérifiez votre connexion à Internet et réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The Revox server did not answer within %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>Le serveur Revox n’a pas répondu en %n seconde. Vérifiez votre connexion et réessayez.</numerusform>
            <numerusform>Le serveur Revox n’a pas répondu en %n secondes. Vérifiez votre connexion et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server has no Revox API at this address (HTTP 404). Check the base URL in Connections.</source>
        <translation>Le serveur n’a pas d’API Revox à cette adresse (HTTP 404). Vérifiez l’URL de base dans les connexions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (HTTP %1)%2. Try again; if it keeps refusing, contact Revox support.</source>
        <translation>Le serveur a refusé la requête (HTTP %1)%2. Réessayez&#xa0;; s’il refuse encore, contactez l’assistance Revox.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server knows no such call, or not the assistant it names (HTTP 404)%1.</source>
        <translation>Le serveur ne connaît pas cet appel, ou pas l’assistant qu’il nomme (HTTP 404)%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is no longer on the account; it may have been removed elsewhere. Reload the phone numbers.</source>
        <translation>Ce numéro de téléphone n’est plus sur le compte&#xa0;; il a peut-être été retiré ailleurs. Rechargez les numéros de téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (HTTP %1)%2.</source>
        <translation>Le serveur a refusé la requête (HTTP %1)%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s answer could not be understood (%1). Check the server address in Connections; if it is right, try again later.</source>
        <translation>La réponse du serveur est incompréhensible (%1). Vérifiez l’adresse du serveur dans les connexions&#xa0;; si elle est correcte, réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server redirected the request to another server, %1, which was refused so that your API key is not sent there. Check the server address in Connections.</source>
        <translation>Le serveur a redirigé la requête vers un autre serveur, %1&#xa0;; la redirection a été refusée afin que votre clé d’API n’y soit pas envoyée. Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected the request to %1 in a way that would turn it into a different request, so it was not followed. Check the server address in Connections.</source>
        <translation>Le serveur a redirigé la requête vers %1 d’une manière qui en ferait une autre requête&#xa0;; la redirection n’a donc pas été suivie. Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server&apos;s answer is larger than the %1 MiB this app accepts and was stopped. Check the server address in Connections.</source>
        <translation>La réponse du serveur dépasse les %1 Mio que cette application accepte et a été interrompue. Vérifiez l’adresse du serveur dans les connexions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The request could not be made: %1. Reload the list and try again.</source>
        <translation>Impossible d’envoyer la requête&#xa0;: %1. Rechargez la liste et réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The value of %1 is not known here: it was not kept in the draft (no keychain), or it changed on the server since. Type it again, or take the server&apos;s version.</source>
        <translation>La valeur de %1 est inconnue ici&#xa0;: elle n’a pas été conservée dans le brouillon (pas de trousseau), ou elle a changé sur le serveur depuis. Saisissez-la à nouveau, ou prenez la version du serveur.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <location filename="../src/cli/ApplyCommand.cpp" line="+26"/>
        <source>Show what would be sent, send and write nothing.</source>
        <translation>Montrer ce qui serait envoyé, sans rien envoyer ni écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not ask before changing a production connection; needed by --prune.</source>
        <translation>Ne pas demander avant de modifier une connexion de production&#xa0;; requis par --prune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field changed here and on the server gets the folder&apos;s value.</source>
        <translation>Un champ modifié ici et sur le serveur prend la valeur du dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field changed here and on the server keeps the server&apos;s value (the file takes it).</source>
        <translation>Un champ modifié ici et sur le serveur garde la valeur du serveur (le fichier la prend).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete on the server the assistants whose files were deleted here (with --yes).</source>
        <translation>Supprimer sur le serveur les assistants dont les fichiers ont été supprimés ici (avec --yes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the folder&apos;s changes to the server, as the app saves: minimal PATCHes, conflicts stop.</source>
        <translation>Envoyer au serveur les modifications du dossier, comme l’application enregistre&#xa0;: PATCH minimaux, arrêt sur conflit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each assistant of DIR (or only those with the given IDs) changed since the last pull: reads it from the server, merges field by field as the editor does, and sends only the fields changed here (a PATCH with If-Match). A field changed here and on the server stops that assistant, reported, unless --ours or --theirs decides. A file without an ID creates an assistant (never twice: a lost answer is looked up before anything is sent again) and gets its ID. An assistant whose file was deleted is deleted only with --prune and --yes, and only when the server still holds what the folder last saw. A value changed here that breaks the editor&apos;s rules, or a secret reference whose value is not in DIR/.revox/private/secrets.json, stops that assistant before anything is sent; the others go on. After each success the baseline and the file are updated. A production connection asks for its name first, unless --yes. Exit status 0 done, 1 conflicts, invalid files or refusals, 2 usage, 3 network or authentication.</source>
        <translation>Pour chaque assistant de DIR (ou seulement ceux des ID donnés) modifié depuis le dernier pull&#xa0;: le lit sur le serveur, fusionne champ par champ comme l’éditeur, et n’envoie que les champs modifiés ici (un PATCH avec If-Match). Un champ modifié ici et sur le serveur arrête cet assistant, signalé, sauf si --ours ou --theirs tranche. Un fichier sans ID crée un assistant (jamais deux fois&#xa0;: une réponse perdue est recherchée avant tout nouvel envoi) et reçoit son ID. Un assistant dont le fichier a été supprimé n’est supprimé qu’avec --prune et --yes, et seulement si le serveur contient encore ce que le dossier a vu en dernier. Une valeur modifiée ici qui enfreint les règles de l’éditeur, ou une référence de secret dont la valeur n’est pas dans DIR/.revox/private/secrets.json, arrête cet assistant avant tout envoi&#xa0;; les autres continuent. Après chaque réussite, la référence et le fichier sont mis à jour. Une connexion de production demande d’abord son nom, sauf avec --yes. Code de sortie 0 fait, 1 conflits, fichiers non valides ou refus, 2 usage, 3 réseau ou authentification.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--ours and --theirs: choose one</source>
        <translation>--ours et --theirs&#xa0;: choisissez l’un des deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--prune deletes assistants on the server: add --yes (or look first with --dry-run)</source>
        <translation>--prune supprime des assistants sur le serveur&#xa0;: ajoutez --yes (ou regardez d’abord avec --dry-run)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>dry run: nothing was sent</source>
        <translation>essai à blanc&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not read; see above</source>
        <translation>non lu&#xa0;; voir plus haut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing sent; see above</source>
        <translation>rien n’a été envoyé&#xa0;; voir plus haut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not created; see above</source>
        <translation>non créé&#xa0;; voir plus haut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: its file was deleted here; apply --prune --yes deletes it on the server</source>
        <translation>%1: son fichier a été supprimé ici&#xa0;; apply --prune --yes le supprime sur le serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: gone from the server; not created again (remove its &quot;id&quot; to create it anew)</source>
        <translation>%1: disparu du serveur&#xa0;; pas recréé (retirez son &quot;id&quot; pour le créer à nouveau)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--prune deletes nothing while a file that cannot be read could be any assistant&apos;s: fix the files above first</source>
        <translation>--prune ne supprime rien tant qu’un fichier illisible pourrait être celui de n’importe quel assistant&#xa0;: corrigez d’abord les fichiers ci-dessus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>apply %n change(s)</source>
        <translation>
            <numerusform>appliquer %n modification</numerusform>
            <numerusform>appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to apply</source>
        <translation>rien à appliquer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assistant(s) handled</source>
        <translation>
            <numerusform>%n assistant traité</numerusform>
            <numerusform>%n assistants traités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantActions</name>
    <message>
        <location filename="../src/ui/AssistantActions.cpp" line="+113"/>
        <source>Cloning “%1”…</source>
        <translation>Clonage de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” could not be cloned. %2</source>
        <translation>Impossible de cloner «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloned “%1” as “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» cloné sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete Assistant</source>
        <translation>Supprimer l’assistant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the assistant “%1” from %2?</source>
        <translation>Supprimer l’assistant «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID: %1
Calls that use this assistant will stop working. This cannot be undone.</source>
        <translation>ID&#xa0;: %1
Les appels qui utilisent cet assistant cesseront de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Open Assistants</source>
        <translation>Ouvrir les assistants</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Open every selected assistant (%n), each in a tab of its own?</source>
        <translation>
            <numerusform>Ouvrir l’assistant sélectionné (%n) dans son propre onglet&#xa0;?</numerusform>
            <numerusform>Ouvrir chaque assistant sélectionné (%n), chacun dans son propre onglet&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To change many assistants at once, Edit ▸ Edit Selected… (%1) is quicker.</source>
        <translation>Pour modifier beaucoup d’assistants à la fois, Édition ▸ Modifier la sélection… (%1) est plus rapide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open All</source>
        <translation>Tout ouvrir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clone Assistants</source>
        <translation>Cloner les assistants</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Clone every selected assistant (%n) on %1?</source>
        <translation>
            <numerusform>Cloner l’assistant sélectionné (%n) sur %1&#xa0;?</numerusform>
            <numerusform>Cloner chaque assistant sélectionné (%n) sur %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each clone is a new assistant.</source>
        <translation>Chaque clone est un nouvel assistant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking which phone numbers reach “%1”…</source>
        <translation>Recherche des numéros de téléphone qui mènent à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking which phone numbers reach the selected assistants…</source>
        <translation>Recherche des numéros de téléphone qui mènent aux assistants sélectionnés…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The phone numbers could not be read (%1): any that route their calls to them would reach no assistant.</source>
        <translation>Les numéros de téléphone n’ont pas pu être lus (%1)&#xa0;: ceux qui y routent leurs appels ne mèneraient plus à aucun assistant.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>They answer the inbound calls of %n phone number(s), which would then reach no assistant:</source>
        <translation>
            <numerusform>Ils répondent aux appels entrants de %n numéro de téléphone, qui ne mènerait alors plus à aucun assistant&#xa0;:</numerusform>
            <numerusform>Ils répondent aux appels entrants de %n numéros de téléphone, qui ne mèneraient alors plus à aucun assistant&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Assistants</source>
        <translation>Supprimer les assistants</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the selected assistants (%n) from %1?</source>
        <translation>
            <numerusform>Supprimer l’assistant sélectionné (%n) de %1&#xa0;?</numerusform>
            <numerusform>Supprimer les assistants sélectionnés (%n) de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls that use these assistants will stop working. This cannot be undone.</source>
        <translation>Les appels qui utilisent ces assistants ne fonctionneront plus. C’est irréversible.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” could not be deleted. %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Assistants deleted: %n.</source>
        <translation>
            <numerusform>Assistant supprimé&#xa0;: %n.</numerusform>
            <numerusform>Assistants supprimés&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied ID %1</source>
        <translation>ID %1 copié</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied the IDs (%n), one per line.</source>
        <translation>
            <numerusform>ID copié (%n), un par ligne.</numerusform>
            <numerusform>ID copiés (%n), un par ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantBundle</name>
    <message>
        <location filename="../src/core/AssistantBundle.cpp" line="+124"/>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>JSON non valide (à l’octet %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a bundle of assistants (expected {&quot;format&quot;: &quot;%1&quot;, &quot;assistants&quot;: […]})</source>
        <translation>pas un lot d’assistants (attendu&#xa0;: {&quot;format&quot;: &quot;%1&quot;, &quot;assistants&quot;: […]})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>written by a newer version (%1); this one reads version %2</source>
        <translation>écrit par une version plus récente (%1)&#xa0;; celle-ci lit la version %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an assistant (a JSON object)</source>
        <translation>pas un assistant (un objet JSON)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the secret was redacted on export; fill in its value before importing</source>
        <translation>%1&#xa0;: le secret a été masqué à l’export&#xa0;; saisissez sa valeur avant d’importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a secret is text</source>
        <translation>un secret est du texte</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <location filename="../src/ui/editor/AssistantEditor.cpp" line="+86"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Jump to a field with a problem</source>
        <translation>Aller à un champ qui pose problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the changes and save them (%1)</source>
        <translation>Vérifier les modifications et les enregistrer (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test Call…</source>
        <translation>&amp;Appel de test…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call a phone with this assistant as it is here, unsaved edits included; nothing is saved (%1)</source>
        <translation>Appeler un téléphone avec cet assistant tel qu’il est ici, modifications non enregistrées comprises&#xa0;; rien n’est enregistré (%1)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Unnamed assistant</source>
        <translation>Assistant sans nom</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not saved: %1 changed on the server too, and nobody chose which version to keep. Your changes are kept; save again to choose.</source>
        <translation>Non enregistré&#xa0;: %1 a aussi changé sur le serveur, et personne n’a choisi quelle version garder. Vos modifications sont conservées&#xa0;; enregistrez à nouveau pour choisir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved. Your changes are kept; save again to choose between your version and the server&apos;s.</source>
        <translation>Non enregistré. Vos modifications sont conservées&#xa0;; enregistrez à nouveau pour choisir entre votre version et celle du serveur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server may or may not have saved this. %1 Your changes are kept; save again to make sure — it compares with the server first, so nothing is applied twice.</source>
        <translation>Le serveur a peut-être enregistré ceci, ou peut-être pas. %1 Vos modifications sont conservées&#xa0;; enregistrez à nouveau pour en être sûr — la comparaison avec le serveur se fait d’abord, rien n’est donc appliqué deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved. %1 Your changes are kept.</source>
        <translation>Non enregistré. %1 Vos modifications sont conservées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not keep this value: its answer leaves the field out.</source>
        <translation>Le serveur n’a pas gardé cette valeur&#xa0;: sa réponse omet ce champ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not take this value: it still holds %1.</source>
        <translation>Le serveur n’a pas pris cette valeur&#xa0;: il contient toujours %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server stored %1 instead of this value.</source>
        <translation>Le serveur a enregistré %1 au lieu de cette valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved, but the server did not store %1 as sent. Your values are still here, marked as changed and kept in the draft: save again, or undo them to take the server&apos;s.</source>
        <translation>Enregistré, mais le serveur n’a pas stocké %1 tel qu’envoyé. Vos valeurs sont toujours là, marquées comme modifiées et conservées dans le brouillon&#xa0;: enregistrez à nouveau, ou annulez-les pour prendre celles du serveur.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the problems marked in red to save.</source>
        <translation>Corrigez les problèmes signalés en rouge pour enregistrer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n field(s) changed, not saved yet.</source>
        <translation>
            <numerusform>%n champ modifié, pas encore enregistré.</numerusform>
            <numerusform>%n champs modifiés, pas encore enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server says: %1</source>
        <translation>Le serveur indique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by the server</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to %1</source>
        <translation>Aller à la page %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Problem</source>
        <translation>Problème précédent</translation>
    </message>
</context>
<context>
    <name>AssistantFile</name>
    <message>
        <location filename="../src/core/AssistantFile.cpp" line="+217"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold one JSON object (an assistant), not a list or a value</source>
        <translation>doit contenir un seul objet JSON (un assistant), pas une liste ni une valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set by the server, so never sent from a file: remove it</source>
        <translation>fixé par le serveur, donc jamais envoyé depuis un fichier&#xa0;: retirez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ID must be the assistant&apos;s ID as text; leave it out to create a new assistant</source>
        <translation>l’ID doit être celui de l’assistant, sous forme de texte&#xa0;; omettez-le pour créer un nouvel assistant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid UTF-8 text</source>
        <translation>texte UTF-8 non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the prompt is also in %1: keep it in one place</source>
        <translation>le prompt est aussi dans %1&#xa0;: gardez-le à un seul endroit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a secret is text or a reference, {&quot;%1&quot;: &quot;NAME&quot;}</source>
        <translation>un secret est du texte ou une référence, {&quot;%1&quot;: &quot;NOM&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a secret reference belongs only in a custom tool&apos;s header or query parameter value</source>
        <translation>une référence de secret n’a sa place que dans la valeur d’un en-tête ou d’un paramètre de requête d’un outil personnalisé</translation>
    </message>
</context>
<context>
    <name>AssistantFolder</name>
    <message>
        <location filename="../src/core/AssistantFolder.cpp" line="+243"/>
        <source>%1: not a folder that can be read</source>
        <translation>%1&#xa0;: pas un dossier lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: dossier inexistant</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the same ID is also in %1: one file per assistant</source>
        <translation>le même ID est aussi dans %1&#xa0;: un fichier par assistant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a prompt without its assistant: %1 is missing</source>
        <translation>un prompt sans son assistant&#xa0;: %1 manque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the baseline of %1 cannot be read, so every difference from the server counts as a conflict; pull the assistant again by its ID to rebuild it</source>
        <translation>la référence de %1 est illisible, toute différence avec le serveur compte donc comme un conflit&#xa0;; récupérez à nouveau l’assistant par son ID pour la reconstruire</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+283"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossible d’écrire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>cannot be renamed</source>
        <translation>impossible de renommer</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+82"/>
        <source>%1: cannot be removed</source>
        <translation>%1&#xa0;: impossible de supprimer</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+68"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AssistantJson</name>
    <message>
        <location filename="../src/core/AssistantJson.cpp" line="+28"/>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response is not a JSON object.</source>
        <translation>La réponse n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response has no &quot;%1&quot; object.</source>
        <translation>La réponse n’a pas d’objet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The response has no &quot;assistants&quot; list.</source>
        <translation>La réponse n’a pas de liste «&#xa0;assistants&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item %1 of &quot;assistants&quot; is not an object.</source>
        <translation>L’élément %1 de «&#xa0;assistants&#xa0;» n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>AssistantListPage</name>
    <message>
        <location filename="../src/ui/AssistantListPage.cpp" line="+31"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
</context>
<context>
    <name>AssistantPicker</name>
    <message>
        <location filename="../src/ui/bulk/AssistantPicker.cpp" line="+22"/>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistant&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter assistants</source>
        <translation>Filtrer les assistants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name or an ID</source>
        <translation>Tapez une partie d’un nom ou d’un ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
</context>
<context>
    <name>AssistantSchema</name>
    <message>
        <location filename="../src/core/AssistantSchema.cpp" line="+49"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier of the assistant, set by Revox.</source>
        <translation>Identifiant de l’assistant, défini par Revox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending FAQ items</source>
        <translation>Éléments de FAQ en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user who created the assistant, set by Revox.</source>
        <translation>L’utilisateur qui a créé l’assistant, défini par Revox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator ID</source>
        <translation>ID du créateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creator e-mail</source>
        <translation>Courriel du créateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creator first name</source>
        <translation>Prénom du créateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creator last name</source>
        <translation>Nom du créateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display name of the assistant.</source>
        <translation>Nom affiché de l’assistant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LLM model</source>
        <translation>Modèle de LLM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language model that drives the agent.</source>
        <translation>Le modèle de langage qui pilote l’agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LLM model type</source>
        <translation>Type de modèle de LLM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dedicated model</source>
        <translation>Modèle dédié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OpenRouter model ID</source>
        <translation>ID du modèle OpenRouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model ID on OpenRouter, e.g. openai/gpt-4.1.</source>
        <translation>ID du modèle sur OpenRouter, par exemple openai/gpt-4.1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenRouter provider</source>
        <translation>Fournisseur OpenRouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider on OpenRouter, e.g. openai, azure, nebius.</source>
        <translation>Fournisseur sur OpenRouter, par exemple openai, azure, nebius.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Realtime provider</source>
        <translation>Fournisseur temps réel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider of the realtime model, e.g. openai or google.</source>
        <translation>Fournisseur du modèle temps réel, par exemple openai ou google.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realtime model ID</source>
        <translation>ID du modèle temps réel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s model ID, e.g. gpt-realtime.</source>
        <translation>L’ID du modèle chez le fournisseur, par exemple gpt-realtime.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realtime voice</source>
        <translation>Voix temps réel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model&apos;s own voice, e.g. marin (OpenAI) or Puck (Gemini); it speaks instead of the Voice page&apos;s.</source>
        <translation>La voix propre du modèle, par exemple marin (OpenAI) ou Puck (Gemini)&#xa0;; elle parle à la place de celle de la page Voix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max call duration</source>
        <translation>Durée maximale d’appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard cap on the length of a call, in seconds.</source>
        <translation>Limite stricte de la durée d’un appel, en secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Called when a call completes.</source>
        <translation>Appelée à la fin de chaque appel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendly</source>
        <translation>Calendly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendly booking link; empty disables booking.</source>
        <translation>Lien de réservation Calendly&#xa0;; vide, la réservation est désactivée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendly connection ID</source>
        <translation>ID de connexion Calendly</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendly event type</source>
        <translation>Type d’événement Calendly</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event type to book, e.g. https://api.calendly.com/event_types/…</source>
        <translation>Type d’événement à réserver, par exemple https://api.calendly.com/event_types/…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System prompt given to the LLM.</source>
        <translation>Prompt système donné au LLM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First sentence</source>
        <translation>Première phrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening line, or the instruction the LLM writes it from.</source>
        <translation>Phrase d’ouverture, ou l’instruction à partir de laquelle le LLM l’écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First sentence mode</source>
        <translation>Mode de la première phrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generated: the LLM writes it; static: spoken as written; none: wait for the caller.</source>
        <translation>generated&#xa0;: le LLM l’écrit&#xa0;; static&#xa0;: dite telle qu’écrite&#xa0;; none&#xa0;: attendre l’interlocuteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sentence delay</source>
        <translation>Délai de la première phrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause before speaking first, in milliseconds (default 400).</source>
        <translation>Pause avant de parler en premier, en millisecondes (400 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End-of-call sentence</source>
        <translation>Phrase de fin d’appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Said when the agent decides to hang up.</source>
        <translation>Dite lorsque l’agent décide de raccrocher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max-duration end message</source>
        <translation>Message de durée maximale atteinte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Said, uninterruptibly, when the call reaches its maximum duration.</source>
        <translation>Dit, sans interruption possible, lorsque l’appel atteint sa durée maximale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structured output prompt</source>
        <translation>Prompt de sortie structurée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom prompt for extracting structured data.</source>
        <translation>Prompt personnalisé pour extraire des données structurées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice provider</source>
        <translation>Fournisseur de voix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voice ID</source>
        <translation>ID de la voix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider voice ID, as listed by GET /voices.</source>
        <translation>ID de la voix chez le fournisseur, tel que GET /voices le donne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice speed</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cartesia 0.6–1.5, ElevenLabs 0.7–1.2; default 1.0.</source>
        <translation>Cartesia 0,6–1,5, ElevenLabs 0,7–1,2&#xa0;; 1,0 par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice volume</source>
        <translation>Volume de la voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loudness of the voice, Cartesia only.</source>
        <translation>Intensité de la voix, Cartesia uniquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background sound</source>
        <translation>Son d’ambiance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ambient audio under the call; empty turns it off.</source>
        <translation>Fond sonore pendant l’appel&#xa0;; vide, il est coupé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Background sound volume</source>
        <translation>Volume du son d’ambiance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thinking sound</source>
        <translation>Son de réflexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip played while the agent thinks; empty turns it off.</source>
        <translation>Extrait joué pendant que l’agent réfléchit&#xa0;; vide, il est coupé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thinking sound probability</source>
        <translation>Probabilité du son de réflexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thinking sound volume</source>
        <translation>Volume du son de réflexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call retry</source>
        <translation>Nouvelles tentatives d’appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed days</source>
        <translation>Jours autorisés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call twice in a row</source>
        <translation>Appeler deux fois de suite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max retry attempts</source>
        <translation>Nombre maximal de tentatives</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IANA time zone; empty uses the recipient number&apos;s country.</source>
        <translation>Fuseau horaire IANA&#xa0;; vide, celui du pays du numéro appelé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling windows</source>
        <translation>Plages d’appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calling window</source>
        <translation>plage d’appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window start</source>
        <translation>Début de la plage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window end</source>
        <translation>Fin de la plage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry delay</source>
        <translation>Délai avant nouvelle tentative</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom tools</source>
        <translation>Outils personnalisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom tool</source>
        <translation>outil personnalisé</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <extracomment>A list item and its number: &quot;custom tool 2&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Tool name</source>
        <translation>Nom de l’outil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tool description</source>
        <translation>Description de l’outil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tool method</source>
        <translation>Méthode de l’outil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tool URL</source>
        <translation>URL de l’outil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body template</source>
        <translation>Modèle du corps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header name</source>
        <translation>Nom de l’en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header value</source>
        <translation>Valeur de l’en-tête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>query parameter</source>
        <translation>paramètre de requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query parameter name</source>
        <translation>Nom du paramètre de requête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query parameter value</source>
        <translation>Valeur du paramètre de requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Input schema</source>
        <translation>Schéma d’entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameter name</source>
        <translation>Nom du paramètre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameter type</source>
        <translation>Type du paramètre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameter required</source>
        <translation>Paramètre obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter description</source>
        <translation>Description du paramètre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter enum options</source>
        <translation>Options d’énumération du paramètre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FAQ items</source>
        <translation>Éléments de FAQ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the list replaces every FAQ item.</source>
        <translation>Envoyer la liste remplace tous les éléments de FAQ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ item</source>
        <translation>élément de FAQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ question</source>
        <translation>Question de FAQ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FAQ answer</source>
        <translation>Réponse de FAQ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAQ item ID</source>
        <translation>ID de l’élément de FAQ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a human answer</source>
        <translation>Réponse humaine requise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAQ source</source>
        <translation>Source de FAQ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Structured output</source>
        <translation>Sortie structurée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>structured output</source>
        <translation>sortie structurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output name</source>
        <translation>Nom de la sortie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output type</source>
        <translation>Type de la sortie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output required</source>
        <translation>Sortie obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output description</source>
        <translation>Description de la sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output enum options</source>
        <translation>Options d’énumération de la sortie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IVR navigation</source>
        <translation>Navigation SVI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets the agent send DTMF tones to navigate phone menus.</source>
        <translation>Permet à l’agent d’envoyer des tonalités DTMF pour naviguer dans les menus téléphoniques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voicemail message</source>
        <translation>Message sur messagerie vocale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoken on voicemail before hanging up; empty hangs up.</source>
        <translation>Dit sur la messagerie vocale avant de raccrocher&#xa0;; vide, l’agent raccroche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voicemail SMS prompt</source>
        <translation>Prompt du SMS après messagerie vocale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS during calls</source>
        <translation>SMS pendant les appels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS template</source>
        <translation>Modèle de SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After-call SMS prompt</source>
        <translation>Prompt du SMS après l’appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notification e-mail</source>
        <translation>Courriel de notification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail outcomes</source>
        <translation>Issues notifiées par courriel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer phone number</source>
        <translation>Numéro de transfert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Human transfer mode</source>
        <translation>Mode de transfert vers une personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warm transfer instructions</source>
        <translation>Instructions de transfert accompagné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From phone number</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outbound caller ID; must be a number of the organization.</source>
        <translation>Numéro présenté pour les appels sortants&#xa0;; doit être un numéro de l’organisation.</translation>
    </message>
</context>
<context>
    <name>AssistantTableModel</name>
    <message>
        <location filename="../src/core/AssistantTableModel.cpp" line="+223"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%L1 (%L2 pending)</source>
        <translation>%L1 (%L2 en attente)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Voice ID: %1</source>
        <translation>ID de la voix&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../src/ui/Banner.cpp" line="+31"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BatchApplyDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BatchApplyDialog.cpp" line="+67"/>
        <source>Changes are still being saved: %n to go.</source>
        <translation>
            <numerusform>Des modifications sont encore en cours d’enregistrement&#xa0;: encore %n.</numerusform>
            <numerusform>Des modifications sont encore en cours d’enregistrement&#xa0;: encore %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you go on, nothing more is sent and the saves on their way are stopped; some of them may still reach the server. The results say which.</source>
        <translation>Si vous continuez, plus rien n’est envoyé et les enregistrements en cours sont arrêtés&#xa0;; certains peuvent encore atteindre le serveur. Les résultats disent lesquels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop Saving and Go On</source>
        <translation>Arrêter l’enregistrement et continuer</translation>
    </message>
</context>
<context>
    <name>BatchSave</name>
    <message>
        <location filename="../src/core/BatchSave.cpp" line="+162"/>
        <source>Not sent: the batch was cancelled before this one started.</source>
        <translation>Non envoyé&#xa0;: le lot a été annulé avant que celui-ci ne commence.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not sent: the connection is gone.</source>
        <translation>Non envoyé&#xa0;: la connexion n’est plus là.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saved, but the server did not store %1 as sent.</source>
        <translation>Enregistré, mais le serveur n’a pas stocké %1 tel qu’envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server already holds these values: nothing was sent.</source>
        <translation>Le serveur contient déjà ces valeurs&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1 changed on the server since the preview. Open it to choose which version to keep.</source>
        <translation>Non enregistré&#xa0;: %1 a changé sur le serveur depuis l’aperçu. Ouvrez-le pour choisir la version à garder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: the save was called off.</source>
        <translation>Non enregistré&#xa0;: l’enregistrement a été annulé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server may or may not have saved this. %1 Retrying is safe: it compares with the server first.</source>
        <translation>Le serveur a peut-être enregistré ceci, ou non. %1 Réessayer est sans risque&#xa0;: la comparaison avec le serveur se fait d’abord.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created as ID %1 (the answer was lost; the list showed it).</source>
        <translation>Créé avec l’ID %1 (la réponse s’est perdue&#xa0;; la liste l’a montré).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created as ID %1.</source>
        <translation>Créé avec l’ID %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server may or may not have created it. %1 Retrying is safe: it looks for it first.</source>
        <translation>Le serveur l’a peut-être créé, ou non. %1 Réessayer est sans risque&#xa0;: il est d’abord recherché.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../src/ui/bulk/BulkActions.cpp" line="+106"/>
        <source>Select the assistants to change first: click one, then Shift+click or Ctrl+click others, or press %1 for all.</source>
        <translation>Sélectionnez d’abord les assistants à modifier&#xa0;: cliquez sur l’un, puis Maj+clic ou Ctrl+clic sur les autres, ou appuyez sur %1 pour tous.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes are still being saved: wait for them, or cancel them, before starting others.</source>
        <translation>Des modifications sont encore en cours d’enregistrement&#xa0;: attendez-les, ou annulez-les, avant d’en commencer d’autres.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+60"/>
        <source>That assistant is no longer in the list.</source>
        <translation>Cet assistant n’est plus dans la liste.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Compare “%1” with…</source>
        <translation>Comparer «&#xa0;%1&#xa0;» avec…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select two assistants to compare: click one, then Ctrl+click the other.</source>
        <translation>Sélectionnez deux assistants à comparer&#xa0;: cliquez sur l’un, puis Ctrl+clic sur l’autre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copied “%1” into the editor of “%2”. Check it there and save it (Ctrl+Z there undoes it).</source>
        <translation>«&#xa0;%1&#xa0;» copié dans l’éditeur de «&#xa0;%2&#xa0;». Vérifiez-le là et enregistrez-le (Ctrl+Z là-bas l’annule).</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../src/core/BulkEdit.cpp" line="+76"/>
        <source>A bulk edit needs a list of “operations”.</source>
        <translation>Une modification groupée demande une liste d’«&#xa0;operations&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BulkEditDialog.cpp" line="+14"/>
        <source>Edit Selected (%n) — %1</source>
        <translation>
            <numerusform>Modifier la sélection (%n) — %1</numerusform>
            <numerusform>Modifier la sélection (%n) — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditorPage</name>
    <message>
        <location filename="../src/ui/bulk/BulkEditorPage.cpp" line="+36"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Voir l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changes go to every selected assistant — &lt;b&gt;%n in all&lt;/b&gt;. Tick each field to change; every other field stays exactly as each assistant has it. Values to set are entered in the form, which starts from “%1”.</source>
        <translation>
            <numerusform>Les modifications vont à chaque assistant sélectionné — &lt;b&gt;%n en tout&lt;/b&gt;. Cochez chaque champ à modifier&#xa0;; tous les autres champs restent exactement tels que chaque assistant les a. Les valeurs à définir se saisissent dans le formulaire, qui part de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Les modifications vont à chaque assistant sélectionné — &lt;b&gt;%n en tout&lt;/b&gt;. Cochez chaque champ à modifier&#xa0;; tous les autres champs restent exactement tels que chaque assistant les a. Les valeurs à définir se saisissent dans le formulaire, qui part de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a field on the left and tick it to change it.</source>
        <translation>Choisissez un champ à gauche et cochez-le pour le modifier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows what each assistant would get, before anything is sent</source>
        <translation>Montre ce que recevrait chaque assistant, avant tout envoi</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Fields to change</source>
        <translation>Champs à modifier</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Tick at least one field to change.</source>
        <translation>Cochez au moins un champ à modifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Changes to make (%n):</source>
        <translation>
            <numerusform>Modification à faire (%n)&#xa0;:</numerusform>
            <numerusform>Modifications à faire (%n)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkFieldPanel</name>
    <message>
        <location filename="../src/ui/bulk/BulkFieldPanel.cpp" line="+70"/>
        <source>What to do with %1</source>
        <translation>Que faire de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change:</source>
        <translation>&amp;Opération&#xa0;:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Set to the value below</source>
        <translation>Mettre la valeur ci-dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add text at the start</source>
        <translation>Ajouter du texte au début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add text at the end</source>
        <translation>Ajouter du texte à la fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an FAQ item</source>
        <translation>Ajouter un élément de FAQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the items that match</source>
        <translation>Retirer les éléments qui correspondent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or replace tools by name</source>
        <translation>Ajouter ou remplacer des outils par leur nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a calling window</source>
        <translation>Ajouter une plage d’appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace a calling window</source>
        <translation>Remplacer une plage d’appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a calling window</source>
        <translation>Retirer une plage d’appel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>In which text</source>
        <translation>Dans quel texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each of its texts</source>
        <translation>Chacun de ses textes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match c&amp;ase</source>
        <translation>Respecter la c&amp;asse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Mots en&amp;tiers</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every ticked assistant gets the value set in the form below, whatever it holds now.</source>
        <translation>Chaque assistant coché reçoit la valeur définie dans le formulaire ci-dessous, quoi qu’il contienne maintenant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>&amp;In:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with:</source>
        <translation>Re&amp;mplacer par&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a regular expression, \1 or $1 in the replacement stands for the first group in parentheses, \0 for the whole match.</source>
        <translation>Avec une expression régulière, \1 ou $1 dans le remplacement désigne le premier groupe entre parenthèses, \0 toute la correspondance.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Text to add</source>
        <translation>Texte à ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added before what each assistant holds, exactly as typed (add a space or a line break yourself). Empty texts are left as they are.</source>
        <translation>Ajouté avant ce que contient chaque assistant, exactement tel que tapé (ajoutez vous-même une espace ou un saut de ligne). Les textes vides restent tels quels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added after what each assistant holds, exactly as typed (add a space or a line break yourself). Empty texts are left as they are.</source>
        <translation>Ajouté après ce que contient chaque assistant, exactement tel que tapé (ajoutez vous-même une espace ou un saut de ligne). Les textes vides restent tels quels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistants that already have an item with this question are left as they are.</source>
        <translation>Les assistants qui ont déjà un élément avec cette question restent tels quels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W&amp;here:</source>
        <translation>Em&amp;placement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matches:</source>
        <translation>&amp;Correspond à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text the items to remove hold</source>
        <translation>Texte que contiennent les éléments à retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tool or change one in the form below: each added or changed tool goes to every ticked assistant, replacing its tool of the same name, or added when it has none.</source>
        <translation>Ajoutez un outil ou modifiez-en un dans le formulaire ci-dessous&#xa0;: chaque outil ajouté ou modifié va à chaque assistant coché, en remplaçant son outil du même nom, ou ajouté s’il n’en a pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>12:00</source>
        <translation>12:00</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>becomes:</source>
        <translation>devient&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;delay:</source>
        <translation>Dé&amp;lai avant nouvelle tentative&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times as 09:00 or 9am; a window is known by its start and end however they are written.</source>
        <translation>Heures au format 09:00 ou 9am&#xa0;; une plage est reconnue à son début et à sa fin, quelle que soit leur écriture.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Custom tools: add a tool or change one in the form below first.</source>
        <translation>Outils personnalisés&#xa0;: ajoutez d’abord un outil ou modifiez-en un dans le formulaire ci-dessous.</translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message numerus="yes">
        <location filename="../src/core/BulkOperation.cpp" line="+96"/>
        <source>a list of %n: %1</source>
        <translation>
            <numerusform>une liste de %n&#xa0;: %1</numerusform>
            <numerusform>une liste de %n&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>“%1” is not a field of an assistant.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ d’un assistant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is set by Revox and cannot be changed.</source>
        <translation>%1&#xa0;: est défini par Revox et ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: choose the value to set.</source>
        <translation>%1&#xa0;: choisissez la valeur à définir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: is not a text field; only texts can be found and replaced.</source>
        <translation>%1&#xa0;: n’est pas un champ de texte&#xa0;; seuls les textes peuvent être recherchés et remplacés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: type the text to add.</source>
        <translation>%1&#xa0;: tapez le texte à ajouter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: is not a text of a list item; only list items can be removed.</source>
        <translation>%1&#xa0;: n’est pas un texte d’un élément de liste&#xa0;; seuls des éléments de liste peuvent être retirés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the tool to add is missing.</source>
        <translation>%1&#xa0;: l’outil à ajouter manque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the window to add is missing.</source>
        <translation>%1&#xa0;: la plage à ajouter manque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the new window is missing.</source>
        <translation>%1&#xa0;: la nouvelle plage manque.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>regular expression</source>
        <translation>expression régulière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>match case</source>
        <translation>respecter la casse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole words</source>
        <translation>mots entiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2, retry after %3 s</source>
        <translation>%1–%2, nouvel essai après %3 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: set to %2</source>
        <translation>%1&#xa0;: mettre %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: replace %2 with %3%4</source>
        <translation>%1&#xa0;: remplacer %2 par %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: add %2 at the start</source>
        <translation>%1&#xa0;: ajouter %2 au début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: add %2 at the end</source>
        <translation>%1&#xa0;: ajouter %2 à la fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAQ items: add %1</source>
        <translation>Éléments de FAQ&#xa0;: ajouter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: remove the items where it matches %2%3</source>
        <translation>%1&#xa0;: retirer les éléments où il correspond à %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom tools: add or replace the tool %1</source>
        <translation>Outils personnalisés&#xa0;: ajouter ou remplacer l’outil %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling windows: add %1</source>
        <translation>Plages d’appel&#xa0;: ajouter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling windows: replace %1–%2 with %3</source>
        <translation>Plages d’appel&#xa0;: remplacer %1–%2 par %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling windows: remove %1–%2</source>
        <translation>Plages d’appel&#xa0;: retirer %1–%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown operation “%1”.</source>
        <translation>Opération inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operation “%1” needs a pattern.</source>
        <translation>L’opération «&#xa0;%1&#xa0;» demande un motif.</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <location filename="../src/core/BulkPreview.cpp" line="+87"/>
        <source>Unchanged: it holds the bundle&apos;s values already.</source>
        <translation>Inchangé&#xa0;: il contient déjà les valeurs du lot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out: an assistant of that name exists.</source>
        <translation>Laissé de côté&#xa0;: un assistant de ce nom existe.</translation>
    </message>
</context>
<context>
    <name>BulkPreviewPage</name>
    <message>
        <location filename="../src/ui/bulk/BulkPreviewPage.cpp" line="+37"/>
        <source>Show Secret &amp;Values</source>
        <translation>Afficher les &amp;valeurs secrètes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assistants and what they will get</source>
        <translation>Les assistants et ce qu’ils recevront</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes of the selected assistant</source>
        <translation>Modifications de l’assistant sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request body of the selected assistant</source>
        <translation>Corps de requête de l’assistant sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Header and query parameter values of tools may hold API tokens; they are sent as they are, whether shown or not.</source>
        <translation>Les valeurs des en-têtes et paramètres de requête des outils peuvent contenir des jetons d’API&#xa0;; elles sont envoyées telles quelles, affichées ou non.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hanges, old → new:</source>
        <translation>M&amp;odifications, ancien → nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Will be created</source>
        <translation>Sera créé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Re&amp;quest body (PATCH):</source>
        <translation>&amp;Corps de requête (PATCH)&#xa0;:</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Assistants saved at once</source>
        <translation>Assistants enregistrés à la fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many assistants are saved at the same time (%1–%2)</source>
        <translation>Nombre d’assistants enregistrés en même temps (%1–%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At &amp;once:</source>
        <translation>&amp;Simultanés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Working out what each selected assistant would get (%Ln in all)…</source>
        <translation>
            <numerusform>Calcul de ce que recevrait chaque assistant sélectionné (%Ln en tout)…</numerusform>
            <numerusform>Calcul de ce que recevrait chaque assistant sélectionné (%Ln en tout)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;quest body (POST, a new assistant):</source>
        <translation>&amp;Corps de requête (POST, un nouvel assistant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (sent all the same): %1</source>
        <translation>Remarque (envoyé quand même)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln will be created</source>
        <translation>
            <numerusform>%Ln sera créé</numerusform>
            <numerusform>%Ln seront créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln will change</source>
        <translation>
            <numerusform>%Ln sera modifié</numerusform>
            <numerusform>%Ln seront modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln invalid (excluded)</source>
        <translation>
            <numerusform>%Ln non valide (exclu)</numerusform>
            <numerusform>%Ln non valides (exclus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unticked</source>
        <translation>
            <numerusform>%Ln décoché</numerusform>
            <numerusform>%Ln décochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Apply (%Ln ticked)…</source>
        <translation>
            <numerusform>&amp;Appliquer (%Ln coché)…</numerusform>
            <numerusform>&amp;Appliquer (%Ln cochés)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Will change</source>
        <translation>Sera modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unchanged: nothing to send</source>
        <translation>Inchangé&#xa0;: rien à envoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excluded: %1</source>
        <translation>Exclu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing changes: this assistant already holds what the edit would give it.</source>
        <translation>Rien ne change&#xa0;: cet assistant contient déjà ce que la modification lui donnerait.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(nothing is sent)</source>
        <translation>(rien n’est envoyé)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No assistant is ticked: nothing would be sent.</source>
        <translation>Aucun assistant n’est coché&#xa0;: rien ne serait envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No assistant would change: nothing to send.</source>
        <translation>Aucun assistant ne changerait&#xa0;: rien à envoyer.</translation>
    </message>
</context>
<context>
    <name>BulkResultsPage</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BulkResultsPage.cpp" line="+27"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assistants done</source>
        <translation>Assistants traités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result per assistant</source>
        <translation>Résultat par assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sends nothing new; saves already on their way finish and are reported</source>
        <translation>N’envoie plus rien&#xa0;; les enregistrements déjà en cours se terminent et sont rapportés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves again the assistants that failed or were not sent; each is compared with the server first</source>
        <translation>Enregistre à nouveau les assistants en échec ou non envoyés&#xa0;; chacun est d’abord comparé au serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the selected assistant in an editor (Enter)</source>
        <translation>Ouvre l’assistant sélectionné dans un éditeur (Entrée)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cancelling: finishing the saves already on their way to %1…</source>
        <translation>Annulation&#xa0;: fin des enregistrements déjà en route vers %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saving to %1 (%Ln in all)…</source>
        <translation>
            <numerusform>Enregistrement sur %1 (%Ln en tout)…</numerusform>
            <numerusform>Enregistrement sur %1 (%Ln en tout)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done on %1 (%Ln in all).</source>
        <translation>
            <numerusform>Terminé sur %1 (%Ln en tout).</numerusform>
            <numerusform>Terminé sur %1 (%Ln en tout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln enregistré</numerusform>
            <numerusform>%Ln enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln en conflit</numerusform>
            <numerusform>%Ln en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln non envoyé</numerusform>
            <numerusform>%Ln non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 of %2 done</source>
        <translation>Faits&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server asked to slow down: waiting</source>
        <translation>le serveur a demandé de ralentir&#xa0;: attente</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../src/ui/bulk/BundleActions.cpp" line="+23"/>
        <source>Assistant bundles (*.json);;All files (*)</source>
        <translation>Lots d’assistants (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <source>Export Selected</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select the assistants to export first: click one, then Shift+click or Ctrl+click others.</source>
        <translation>Sélectionnez d’abord les assistants à exporter&#xa0;: cliquez sur l’un, puis Maj+clic ou Ctrl+clic sur les autres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The selected assistants hold tool credentials (header and query values). Put them in the file?</source>
        <translation>Les assistants sélectionnés contiennent des identifiants d’outils (valeurs d’en-têtes et de paramètres de requête). Les mettre dans le fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redacted, each is replaced by a marker naming its tool and header, and Import… asks for the value. Included, they are in the file in clear: it is readable by you only, and must be kept as private as the credentials themselves.</source>
        <translation>Masqués, chacun est remplacé par un marqueur nommant son outil et son en-tête, et Importer… demande la valeur. Inclus, ils sont en clair dans le fichier&#xa0;: il n’est lisible que par vous, et doit rester aussi privé que les identifiants eux-mêmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redact Credentials</source>
        <translation>Masquer les identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include Credentials</source>
        <translation>Inclure les identifiants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Selected Assistants</source>
        <translation>Exporter les assistants sélectionnés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assistants could not be exported to %1.</source>
        <translation>Les assistants n’ont pas pu être exportés vers %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n assistant(s) to %1. It holds tool credentials in clear: keep it private.</source>
        <translation>
            <numerusform>%n assistant exporté vers %1. Le fichier contient des identifiants d’outils en clair&#xa0;: gardez-le privé.</numerusform>
            <numerusform>%n assistants exportés vers %1. Le fichier contient des identifiants d’outils en clair&#xa0;: gardez-le privé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n assistant(s) to %1.</source>
        <translation>
            <numerusform>%n assistant exporté vers %1.</numerusform>
            <numerusform>%n assistants exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Assistants</source>
        <translation>Importer des assistants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be imported from %1.</source>
        <translation>Rien ne peut être importé depuis %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds no assistant.</source>
        <translation>Le lot ne contient aucun assistant.</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <location filename="../src/core/CallText.cpp" line="+31"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to dial</source>
        <translation>En attente de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calling</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringing</source>
        <translation>sonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in conversation</source>
        <translation>en conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A person answered</source>
        <translation>Une personne a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone menu (IVR) answered</source>
        <translation>Un serveur vocal (SVI) a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iOS call screening answered</source>
        <translation>Le filtrage d’appels iOS a répondu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assistant</source>
        <translation>l’assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person called</source>
        <translation>la personne appelée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assistant hung up</source>
        <translation>l’assistant a raccroché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred to a person</source>
        <translation>transféré à une personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number is not assigned</source>
        <translation>Le numéro n’est pas attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many calls at once</source>
        <translation>Trop d’appels à la fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily unavailable</source>
        <translation>Temporairement indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International calls are not allowed</source>
        <translation>Les appels internationaux ne sont pas autorisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A precondition failed</source>
        <translation>Une condition préalable a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unclassified error</source>
        <translation>Une erreur non classée</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt %1: %2</source>
        <translation>Tentative %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ended by %1</source>
        <translation>terminé par %1</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../src/ui/editor/CallsPage.cpp" line="+33"/>
        <source>Calls and messages</source>
        <translation>Appels et messages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>During the call</source>
        <translation>Pendant l’appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the call</source>
        <translation>Après l’appel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name@example.com — empty: no e-mails</source>
        <translation>nom@example.com — vide&#xa0;: aucun courriel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfer to a person</source>
        <translation>Transfert vers une personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+14155550123</source>
        <translation>+33123456789</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller ID</source>
        <translation>Numéro présenté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+14155550123 — empty: the organization&apos;s default</source>
        <translation>+33123456789 — vide&#xa0;: celui de l’organisation par défaut</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <location filename="../src/core/ChangeSummary.cpp" line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 #%2: added%3</source>
        <translation>%1 #%2&#xa0;: ajouté%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2: removed%3</source>
        <translation>%1 #%2&#xa0;: supprimé%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message>
        <location filename="../src/ui/history/ChangesWindow.cpp" line="+35"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Assistant</source>
        <translation>&amp;Ouvrir l’assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore Deleted Assistant…</source>
        <translation>Restaurer l’assistant &amp;supprimé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert &amp;Batch…</source>
        <translation>Annuler le &amp;lot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck Against Server</source>
        <translation>Comparer au ser&amp;veur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep History…</source>
        <translation>Durée de l’&amp;historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes — Revox Studio</source>
        <translation>Modifications — Revox Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open the assistant at this change (Enter)</source>
        <translation>Ouvrir l’assistant à cette modification (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the deleted assistant again, from what the journal kept (a new ID)</source>
        <translation>Recréer l’assistant supprimé, à partir de ce que le journal a conservé (un nouvel ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back every change of this entry&apos;s batch, assistant by assistant</source>
        <translation>Remettre chaque modification du lot de cette entrée, assistant par assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the server to tell whether a change of unknown outcome was made</source>
        <translation>Lire le serveur pour savoir si une modification d’issue inconnue a été faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the changes shown as JSON Lines, one change per line</source>
        <translation>Écrire les modifications affichées en JSON Lines, une modification par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the journal keeps changes</source>
        <translation>Combien de temps le journal garde les modifications</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the Window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the Changes</source>
        <translation>Rechercher dans les modifications</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n modification affichée</numerusform>
            <numerusform>%n modifications affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search changes</source>
        <translation>Rechercher des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in the change: a field, a value, a name (%1)</source>
        <translation>Mots de la modification&#xa0;: un champ, une valeur, un nom (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assistant name or ID</source>
        <translation>Nom ou ID de l’assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or ID</source>
        <translation>Nom ou ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any change</source>
        <translation>Toute modification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only changes from a date</source>
        <translation>Seulement les modifications depuis une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes to a date</source>
        <translation>Seulement les modifications jusqu’à une date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change:</source>
        <translation>&amp;Modification&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No change matches these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>CliApplyRun</name>
    <message>
        <location filename="../src/cli/CliApplyRun.cpp" line="+88"/>
        <source>%1: no baseline (the folder never pulled it): %2 differ from the server; apply --ours sends yours, --theirs takes the server&apos;s</source>
        <translation>%1: pas de référence (le dossier ne l’a jamais récupéré)&#xa0;: %2 diffèrent du serveur&#xa0;; apply --ours envoie les vôtres, --theirs prend ceux du serveur</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept theirs</source>
        <translation>serveur gardé</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: the server did not store %2 as sent; the file keeps your value</source>
        <translation>%1: le serveur n’a pas stocké %2 tel qu’envoyé&#xa0;; le fichier garde votre valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved     %1: %2</source>
        <translation>enregistré  %1: %2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the server already holds it</source>
        <translation>le serveur le contient déjà</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 changed here and on the server: nothing sent (apply --ours or --theirs decides)</source>
        <translation>%1: %2 modifié ici et sur le serveur&#xa0;: rien n’a été envoyé (apply --ours ou --theirs tranche)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not saved: %2</source>
        <translation>%1: non enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>created   %1: %2 (%3)</source>
        <translation>créé        %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created   %1</source>
        <translation>créé        %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1: may have been created, the answer was lost and the list could not be read; pull before applying again</source>
        <translation>%1: a peut-être été créé, la réponse s’est perdue et la liste n’a pas pu être lue&#xa0;; faites un pull avant d’appliquer à nouveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not created: %2</source>
        <translation>%1: non créé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%1: may have been created, the answer was lost and %n assistant(s) appeared since and were changed afterwards, which may be it (%2); pull before applying again</source>
        <translation>
            <numerusform>%1: a peut-être été créé, la réponse s’est perdue et %n assistant est apparu depuis puis a été modifié, qui pourrait être lui (%2)&#xa0;; faites un pull avant d’appliquer à nouveau</numerusform>
            <numerusform>%1: a peut-être été créé, la réponse s’est perdue et %n assistants sont apparus depuis puis ont été modifiés, dont l’un pourrait être lui (%2)&#xa0;; faites un pull avant d’appliquer à nouveau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>already gone</source>
        <translation>déjà disparu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>%1: not deleted: %2</source>
        <translation>%1: non supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: %2 changed on the server since the last pull: not deleted (apply --ours --prune deletes it anyway)</source>
        <translation>%1: %2 modifié sur le serveur depuis le dernier pull&#xa0;: non supprimé (apply --ours --prune le supprime quand même)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>deleted   %1</source>
        <translation>supprimé    %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: sent, but the folder could not be updated: %2</source>
        <translation>%1: envoyé, mais le dossier n’a pas pu être mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>apply</source>
        <translation>apply</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <location filename="../src/cli/CliConnection.cpp" line="+62"/>
        <source>the built-in sandbox could not start: %1</source>
        <translation>le bac à sable intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sandbox</source>
        <translation>le bac à sable</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no saved connection named “%1” (there are: %2)</source>
        <translation>aucune connexion enregistrée nommée «&#xa0;%1&#xa0;» (il y a&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no keychain service answers here, so the API key of “%1” cannot be read: use REVOX_API_KEY</source>
        <translation>aucun service de trousseau ne répond ici, la clé d’API de «&#xa0;%1&#xa0;» ne peut donc pas être lue&#xa0;: utilisez REVOX_API_KEY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain holds no API key for “%1”: save one in Revox Studio (Connection ▸ Edit) or use REVOX_API_KEY</source>
        <translation>le trousseau ne contient aucune clé d’API pour «&#xa0;%1&#xa0;»&#xa0;: enregistrez-en une dans Revox Studio (Connexion ▸ Modifier) ou utilisez REVOX_API_KEY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain could not give the API key for “%1”: %2</source>
        <translation>le trousseau n’a pas pu donner la clé d’API de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection “%1”: %2</source>
        <translation>connexion «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection: set REVOX_API_KEY (and REVOX_BASE_URL for another server), or use --connection NAME or --sandbox</source>
        <translation>aucune connexion&#xa0;: définissez REVOX_API_KEY (et REVOX_BASE_URL pour un autre serveur), ou utilisez --connection NOM ou --sandbox</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>REVOX_BASE_URL: %1</source>
        <translation>REVOX_BASE_URL&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>REVOX_PRODUCTION: 1 or 0 (yes or no), not “%1”</source>
        <translation>REVOX_PRODUCTION&#xa0;: 1 ou 0 (yes ou no), pas «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+70"/>
        <source>cannot list the assistants of %1: %2</source>
        <translation>impossible de lister les assistants de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is a production connection and there is no terminal to ask: add --yes to %2 without the question</source>
        <translation>«&#xa0;%1&#xa0;» est une connexion de production et il n’y a pas de terminal pour demander&#xa0;: ajoutez --yes pour %2 sans la question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a production connection. Type its name to %2: </source>
        <translation>«&#xa0;%1&#xa0;» est une connexion de production. Tapez son nom pour %2&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not confirmed: nothing was sent</source>
        <translation>non confirmé&#xa0;: rien n’a été envoyé</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <location filename="../src/cli/CliPlan.cpp" line="+32"/>
        <source>%1, line by line:</source>
        <translation>%1, ligne par ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>update %1: %2</source>
        <translation>mise à jour %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create %1: “%2”</source>
        <translation>création %1: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete %1 (only with --prune --yes)</source>
        <translation>suppression %1 (seulement avec --prune --yes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflict %1: %2 changed here and on the server; apply stops here unless --ours or --theirs</source>
        <translation>conflit %1: %2 modifié ici et sur le serveur&#xa0;; apply s’arrête ici sauf avec --ours ou --theirs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped %1: nothing would be sent</source>
        <translation>arrêté %1: rien ne serait envoyé</translation>
    </message>
</context>
<context>
    <name>CliStates</name>
    <message>
        <location filename="../src/cli/CliStates.cpp" line="+29"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>here: %1</source>
        <translation>ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the server: %1</source>
        <translation>sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed here: %1</source>
        <translation>modifié ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../src/ui/CommandPalette.cpp" line="+38"/>
        <source>Command Palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant, page, field, connection or action</source>
        <translation>Assistant, page, champ, connexion ou action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search commands</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↑↓ to choose, Enter to run, Esc to close</source>
        <translation>↑↓ pour choisir, Entrée pour exécuter, Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../src/ui/bulk/CompareDialog.cpp" line="+43"/>
        <source>Show &amp;all fields</source>
        <translation>Afficher &amp;tous les champs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show all fields</source>
        <translation>Afficher tous les champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also lists the fields both assistants hold alike</source>
        <translation>Liste aussi les champs identiques chez les deux assistants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields side by side</source>
        <translation>Champs côte à côte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Value on the left</source>
        <translation>Valeur à gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value on the right</source>
        <translation>Valeur à droite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the Field to the Right</source>
        <translation>Copier le champ à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Field to the Left</source>
        <translation>Copier le champ à gauche</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Compare “%1” and “%2”</source>
        <translation>Comparer «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to “%1” →</source>
        <translation>Copier vers «&#xa0;%1&#xa0;» →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the selected field of “%1” into the editor of “%2” (Alt+R)</source>
        <translation>Met le champ sélectionné de «&#xa0;%1&#xa0;» dans l’éditeur de «&#xa0;%2&#xa0;» (Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Copy to “%1”</source>
        <translation>← Copier vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the selected field of “%1” into the editor of “%2” (Alt+L)</source>
        <translation>Met le champ sélectionné de «&#xa0;%1&#xa0;» dans l’éditeur de «&#xa0;%2&#xa0;» (Alt+L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two assistants hold the same values in every field.</source>
        <translation>Les deux assistants ont les mêmes valeurs dans tous les champs.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fields that differ: %n.</source>
        <translation>
            <numerusform>Champ qui diffère&#xa0;: %n.</numerusform>
            <numerusform>Champs qui diffèrent&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../src/ui/ConflictDialog.cpp" line="+59"/>
        <source>Changed on the Server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone changed “%1” on the server since you opened it. Choose, for each field that both of you changed, which version to keep.</source>
        <translation>Quelqu’un a modifié «&#xa0;%1&#xa0;» sur le serveur depuis que vous l’avez ouvert. Choisissez, pour chaque champ que vous avez tous deux modifié, la version à garder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their changes to %1 are taken in.</source>
        <translation>Leurs modifications de %1 sont reprises.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;server&apos;s</source>
        <translation>Prendre celle du &amp;serveur</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>When you opened it</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now on the server</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 when you opened it</source>
        <translation>%1 à l’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your %1</source>
        <translation>%1 (la vôtre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the server</source>
        <translation>%1 sur le serveur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Secret values you did not change keep the server&apos;s version either way.</source>
        <translation>Les valeurs secrètes que vous n’avez pas modifiées gardent de toute façon la version du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show secret &amp;values</source>
        <translation>Afficher les &amp;valeurs secrètes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header and query parameter values of tools may hold API tokens.</source>
        <translation>Les valeurs des en-têtes et des paramètres de requête des outils peuvent contenir des jetons d’API.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save My Choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../src/core/ConnectionCheck.cpp" line="+39"/>
        <source>Base URL: %1</source>
        <translation>URL de base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key: enter the key of this account, from the Revox dashboard.</source>
        <translation>Clé d’API&#xa0;: saisissez la clé de ce compte, depuis le tableau de bord Revox.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key could not be checked with %1: %2</source>
        <translation>La clé n’a pas pu être vérifiée auprès de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key: %1 refused this key. Check that it is the whole key, copied from the Revox dashboard of this account.</source>
        <translation>Clé d’API&#xa0;: %1 a refusé cette clé. Vérifiez qu’il s’agit de la clé entière, copiée depuis le tableau de bord Revox de ce compte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key works, but its account could not be read (%1), so the connection has no e-mail label.</source>
        <translation>La clé fonctionne, mais son compte n’a pas pu être lu (%1), la connexion n’a donc pas d’adresse e-mail pour libellé.</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../src/ui/ConnectionController.cpp" line="+24"/>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Connection</source>
        <translation>&amp;Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change API &amp;Key…</source>
        <translation>Changer la &amp;clé d’API…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>Impossible de lire la clé d’API dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key is stored for “%1”.</source>
        <translation>Aucune clé d’API n’est enregistrée pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The base URL of “%1” is refused: %2</source>
        <translation>L’URL de base de «&#xa0;%1&#xa0;» est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — a local server with sample data. Nothing you do here reaches Revox.</source>
        <translation>&lt;b&gt;Bac à sable&lt;/b&gt; — un serveur local avec des données d’exemple. Rien de ce que vous faites ici n’atteint Revox.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;PRODUCTION&lt;/b&gt; — %1. Changes affect live calls.</source>
        <translation>&lt;b&gt;PRODUCTION&lt;/b&gt; — %1. Les modifications touchent les appels réels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 The key was not stored.</source>
        <translation>%1 La clé n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 — Revox Studio</source>
        <translation>%1 — Revox Studio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection “%1” and its stored API key? The assistants on the server are not touched.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;» et sa clé d’API enregistrée&#xa0;? Les assistants sur le serveur ne sont pas touchés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The key is stored in your system keychain.</source>
        <translation>La clé est enregistrée dans le trousseau de votre système.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../src/ui/ConnectionDialog.cpp" line="+30"/>
        <source>This is a &amp;production account</source>
        <translation>C’est un compte de &amp;production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Production connections are shown in red everywhere, so nobody mistakes them for a test account.</source>
        <translation>Les connexions de production sont affichées en rouge partout, pour que personne ne les prenne pour un compte de test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Acme production</source>
        <translation>par exemple Acme production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the Revox dashboard</source>
        <translation>depuis le tableau de bord Revox</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK checks the key with the server first. It is stored in your system keychain, never in a settings file.</source>
        <translation>OK vérifie d’abord la clé auprès du serveur. Elle est stockée dans le trousseau de votre système, jamais dans un fichier de réglages.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 Nothing is stored until the server takes the key.</source>
        <translation>%1 Rien n’est enregistré tant que le serveur n’accepte pas la clé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Name: enter a name for this connection.</source>
        <translation>Nom&#xa0;: saisissez un nom pour cette connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL: %1</source>
        <translation>URL de base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key: enter the key of this account.</source>
        <translation>Clé d’API&#xa0;: saisissez la clé de ce compte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API Key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Enter the API key for “%2”:</source>
        <translation>%1

Saisissez la clé d’API de «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <location filename="../src/core/ConnectionProfile.cpp" line="+11"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <location filename="../src/core/DamagedFile.cpp" line="+38"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it cannot be moved to %1: %2</source>
        <translation>il ne peut pas être déplacé vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../src/cli/DiffCommand.cpp" line="+23"/>
        <source>Show the deletions apply --prune would make too.</source>
        <translation>Montrer aussi les suppressions que ferait apply --prune.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show what apply would send, per assistant and field by field.</source>
        <translation>Montrer ce qu’apply enverrait, par assistant et champ par champ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each assistant in DIR (or only those with the given IDs) that apply would change: the fields it would send, old → new against the server&apos;s current copy, texts line by line, secret values masked; fields changed on both sides that apply would stop at; new files it would create. Uses the same three-way comparison as status and apply. Exit status 0 when there is nothing to send, 1 when there is (or a file is invalid).</source>
        <translation>Pour chaque assistant de DIR (ou seulement ceux des ID donnés) qu’apply modifierait&#xa0;: les champs qu’il enverrait, ancien → nouveau par rapport à la copie actuelle du serveur, les textes ligne par ligne, les valeurs secrètes masquées&#xa0;; les champs modifiés des deux côtés sur lesquels apply s’arrêterait&#xa0;; les nouveaux fichiers qu’il créerait. Utilise la même comparaison à trois voies que status et apply. Code de sortie 0 s’il n’y a rien à envoyer, 1 s’il y a quelque chose (ou si un fichier n’est pas valide).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../src/ui/DraftKeeper.cpp" line="+81"/>
        <source>Your edits are not protected: no draft of them can be written to %1 (%2), so a crash would lose them. Saving to the server still works.</source>
        <translation>Vos modifications ne sont pas protégées&#xa0;: aucun brouillon ne peut en être écrit dans %1 (%2), un plantage les perdrait donc. L’enregistrement sur le serveur fonctionne toujours.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n draft(s) of unsaved edits could not be read (damaged or cut short). They were moved, as they were, to %1: Revox Studio never deletes them.</source>
        <translation>
            <numerusform>%n brouillon de modifications non enregistrées n’a pas pu être lu (abîmé ou tronqué). Il a été déplacé, tel quel, dans %1&#xa0;: Revox Studio ne supprime jamais les brouillons.</numerusform>
            <numerusform>%n brouillons de modifications non enregistrées n’ont pas pu être lus (abîmés ou tronqués). Ils ont été déplacés, tels quels, dans %1&#xa0;: Revox Studio ne supprime jamais les brouillons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n draft(s) of unsaved edits could not be read, nor moved aside; they were left in %1.</source>
        <translation>
            <numerusform>%n brouillon de modifications non enregistrées n’a pu être ni lu ni mis de côté&#xa0;; il a été laissé dans %1.</numerusform>
            <numerusform>%n brouillons de modifications non enregistrées n’ont pu être ni lus ni mis de côté&#xa0;; ils ont été laissés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved edits of %1 were kept from an earlier session.</source>
        <translation>Des modifications non enregistrées de %1 ont été conservées d’une session précédente.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsaved edits of %n assistant(s) were kept from an earlier session: %1.</source>
        <translation>
            <numerusform>Des modifications non enregistrées de %n assistant ont été conservées d’une session précédente&#xa0;: %1.</numerusform>
            <numerusform>Des modifications non enregistrées de %n assistants ont été conservées d’une session précédente&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
</context>
<context>
    <name>DraftRestoreDialog</name>
    <message>
        <location filename="../src/ui/DraftRestoreDialog.cpp" line="+23"/>
        <source>Restore Unsaved Edits</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the draft changes</source>
        <translation>Ce que le brouillon modifie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — kept %2</source>
        <translation>%1 — conservé le %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore Checked</source>
        <translation>&amp;Restaurer les brouillons cochés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard Checked…</source>
        <translation>&amp;Supprimer les brouillons cochés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Drafts</source>
        <translation>Supprimer les brouillons</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard the unsaved edits of %n assistant(s)? They cannot be recovered.</source>
        <translation>
            <numerusform>Supprimer les modifications non enregistrées de %n assistant&#xa0;? Elles ne pourront pas être récupérées.</numerusform>
            <numerusform>Supprimer les modifications non enregistrées de %n assistants&#xa0;? Elles ne pourront pas être récupérées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These edits were not saved when Revox Studio last closed. Restored edits open in editors; saving them merges with what changed on the server since.</source>
        <translation>Ces modifications n’étaient pas enregistrées à la dernière fermeture de Revox Studio. Les modifications restaurées s’ouvrent dans des éditeurs&#xa0;; les enregistrer les fusionne avec ce qui a changé sur le serveur depuis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes in the selected draft:</source>
        <translation>Modifications du brouillon sélectionné&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../src/core/DraftStore.cpp" line="+113"/>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <location filename="../src/ui/editor/EditorDocument.cpp" line="+76"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../src/ui/editor/EditorPage.cpp" line="+73"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>EditorPages</name>
    <message>
        <location filename="../src/ui/editor/EditorPages.cpp" line="+64"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>The server says: %1</source>
        <translation>Le serveur dit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed, not saved yet. %1</source>
        <translation>Modifié, pas encore enregistré. %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Has unsaved changes.</source>
        <translation>A des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has problems that block saving.</source>
        <translation>A des problèmes qui empêchent l’enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has values the server holds that break a rule.</source>
        <translation>A des valeurs du serveur qui enfreignent une règle.</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <location filename="../src/ui/EditorTabs.cpp" line="+15"/>
        <source>Assistants and open editors</source>
        <translation>Assistants et éditeurs ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n assistant(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n assistant a des modifications non enregistrées&#xa0;:</numerusform>
            <numerusform>%n assistants ont des modifications non enregistrées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Discard these changes?</source>
        <translation>

Abandonner ces modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Close Editor</source>
        <translation>Fermer l’éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has unsaved changes.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <location filename="../src/ui/editor/EditorWidgets.cpp" line="+40"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected %1</source>
        <translation>Supprimer la sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected %1 up</source>
        <translation>Monter la sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected %1 down</source>
        <translation>Descendre la sélection&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <location filename="../src/ui/history/EntryDetails.cpp" line="+14"/>
        <source>Change details</source>
        <translation>Détails de la modification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>nº %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assistant: %1 (ID %2)</source>
        <translation>Assistant&#xa0;: %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of batch %1</source>
        <translation>Fait partie du lot %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restores what change #%1 deleted</source>
        <translation>Restaure ce que la modification nº %1 a supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts back change #%1</source>
        <translation>Remet la modification nº %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: %1</source>
        <translation>Issue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../src/core/EnumText.cpp" line="+14"/>
        <source>Dedicated instance</source>
        <translation>Instance dédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartesia</source>
        <translation>Cartesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated</source>
        <translation>Générée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human</source>
        <translation>Humain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>À froid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>À chaud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Realtime</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enum</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datetime</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested callback later</source>
        <translation>Rappel demandé plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City ambience</source>
        <translation>Ambiance urbaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crowded room</source>
        <translation>Salle animée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forest ambience</source>
        <translation>Ambiance forestière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold music</source>
        <translation>Musique d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard typing</source>
        <translation>Frappe au clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard typing2</source>
        <translation>Frappe au clavier 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office ambience</source>
        <translation>Ambiance de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (not known to this version)</source>
        <translation>%1 (inconnu de cette version)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+22"/>
        <source>Export the assistants whose name or ID contains TEXT (any case).</source>
        <translation>Exporter les assistants dont le nom ou l’ID contient TEXTE (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace custom tools&apos; header and query values with a marker that import refuses until it is filled in.</source>
        <translation>Remplacer les valeurs des en-têtes et paramètres de requête des outils personnalisés par un marqueur qu’import refuse tant qu’il n’est pas rempli.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write assistants into one bundle file, to import them into another account.</source>
        <translation>Écrire des assistants dans un fichier lot, pour les importer dans un autre compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the connection&apos;s assistants (those with the given IDs or matching --match; all without either) into FILE (&apos;-&apos; for standard output) without the fields the server owns. The custom tools&apos; secret values are included and the file is made readable by you only (0600), unless --redact-secrets replaces each with {&quot;$redacted&quot;: &quot;tool …, header …&quot;}, which import refuses to send until a value is put in its place.</source>
        <translation>Écrit les assistants de la connexion (ceux des ID donnés ou correspondant à --match&#xa0;; tous sans l’un ni l’autre) dans FICHIER (&apos;-&apos; pour la sortie standard) sans les champs que le serveur gère. Les valeurs secrètes des outils personnalisés sont incluses et le fichier n’est lisible que par vous (0600), sauf si --redact-secrets remplace chacune par {&quot;$redacted&quot;: &quot;tool …, header …&quot;}, qu’import refuse d’envoyer tant qu’une valeur n’a pas été mise à sa place.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--json and &apos;-&apos; both want standard output: give a file name</source>
        <translation>--json et &apos;-&apos; veulent tous deux la sortie standard&#xa0;: donnez un nom de fichier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no assistant with the ID %1</source>
        <translation>aucun assistant avec l’ID %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossible d’écrire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds custom tools&apos; secret values in clear: keep it private, or export with --redact-secrets</source>
        <translation>%1 contient en clair les valeurs secrètes des outils personnalisés&#xa0;: gardez-le privé, ou exportez avec --redact-secrets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assistant(s) exported to %1</source>
        <translation>
            <numerusform>%n assistant exporté vers %1</numerusform>
            <numerusform>%n assistants exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../src/ui/editor/FaqPage.cpp" line="+32"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only items that need a human answer</source>
        <translation>Seulement les éléments qui demandent une réponse humaine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FAQ item</source>
        <translation>élément de FAQ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set by Revox; read-only.</source>
        <translation>Défini par Revox&#xa0;; en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n item(s) need(s) a human answer</source>
        <translation>
            <numerusform>%n élément demande une réponse humaine</numerusform>
            <numerusform>%n éléments demandent une réponse humaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message>
        <location filename="../src/ui/bulk/FindAllDialog.cpp" line="+40"/>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match c&amp;ase</source>
        <translation>Respecter la c&amp;asse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Mots en&amp;tiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+276"/>
        <source>&amp;Preview Replace…</source>
        <translation>A&amp;perçu du remplacement…</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Find in All Assistants</source>
        <translation>Rechercher dans tous les assistants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to find in all assistants</source>
        <translation>Texte à rechercher dans tous les assistants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in any prompt, message, FAQ item, tool…</source>
        <translation>Texte de n’importe quel prompt, message, élément de FAQ, outil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Matches by assistant and field</source>
        <translation>Correspondances par assistant et par champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace every match with</source>
        <translation>Remplacer chaque correspondance par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the assistant at the field of the selected match (Enter)</source>
        <translation>Ouvre l’assistant au champ de la correspondance sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows every change before anything is sent</source>
        <translation>Montre chaque modification avant tout envoi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace with:</source>
        <translation>Re&amp;mplacer par&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Reading the texts of every assistant (%n)…</source>
        <translation>
            <numerusform>Lecture des textes de chaque assistant (%n)…</numerusform>
            <numerusform>Lecture des textes de chaque assistant (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing searched: see the problem above.</source>
        <translation>Aucune recherche&#xa0;: voyez le problème ci-dessus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (item %2)</source>
        <translation>%1 (élément %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln correspondance</numerusform>
            <numerusform>%Ln correspondances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No match in %Ln assistant(s).</source>
        <translation>
            <numerusform>Aucune correspondance dans %Ln assistant.</numerusform>
            <numerusform>Aucune correspondance dans %Ln assistants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing the first %1 of %2, in %Ln assistant(s) of %3.</source>
        <translation>
            <numerusform>Affichage des %1 premières sur %2, dans %Ln assistant sur %3.</numerusform>
            <numerusform>Affichage des %1 premières sur %2, dans %Ln assistants sur %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %Ln assistant(s) of %2.</source>
        <translation>
            <numerusform>%1 dans %Ln assistant sur %2.</numerusform>
            <numerusform>%1 dans %Ln assistants sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Preview Replace (%n)…</source>
        <translation>
            <numerusform>A&amp;perçu du remplacement (%n)…</numerusform>
            <numerusform>A&amp;perçu du remplacement (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/ui/editor/FindBar.cpp" line="+23"/>
        <source>Find in the text</source>
        <translation>Rechercher dans le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Next Match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>FolderSecretStore</name>
    <message>
        <location filename="../src/core/FolderSecretStore.cpp" line="+38"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a secrets file of this tool (expected {&quot;%2&quot;: &quot;%3&quot;, &quot;%4&quot;: {…}})</source>
        <translation>%1&#xa0;: pas un fichier de secrets de cet outil (attendu&#xa0;: {&quot;%2&quot;: &quot;%3&quot;, &quot;%4&quot;: {…}})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot make a private folder</source>
        <translation>%1&#xa0;: impossible de créer un dossier privé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossible d’écrire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FolderState</name>
    <message>
        <location filename="../src/core/FolderState.cpp" line="+119"/>
        <source>%1: not a value but a placeholder: put the value in %2 and a reference here</source>
        <translation>%1&#xa0;: pas une valeur mais un espace réservé&#xa0;: mettez la valeur dans %2 et une référence ici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the secret “%2” is not in %3</source>
        <translation>%1&#xa0;: le secret «&#xa0;%2&#xa0;» n’est pas dans %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: a secret written in clear: put it in %2 and {&quot;%3&quot;: &quot;NAME&quot;} here</source>
        <translation>%1&#xa0;: un secret écrit en clair&#xa0;: mettez-le dans %2 et {&quot;%3&quot;: &quot;NOM&quot;} ici</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed here</source>
        <translation>modifié ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on the server</source>
        <translation>modifié sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed on both</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new here</source>
        <translation>nouveau ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new on the server</source>
        <translation>nouveau sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone from the server</source>
        <translation>disparu du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted here</source>
        <translation>supprimé ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed here</source>
        <translation>
            <numerusform>%n modifié ici</numerusform>
            <numerusform>%n modifiés ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed on the server</source>
        <translation>
            <numerusform>%n modifié sur le serveur</numerusform>
            <numerusform>%n modifiés sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed on both</source>
        <translation>
            <numerusform>%n modifié des deux côtés</numerusform>
            <numerusform>%n modifiés des deux côtés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new here</source>
        <translation>
            <numerusform>%n nouveau ici</numerusform>
            <numerusform>%n nouveaux ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new on the server</source>
        <translation>
            <numerusform>%n nouveau sur le serveur</numerusform>
            <numerusform>%n nouveaux sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gone from the server</source>
        <translation>
            <numerusform>%n disparu du serveur</numerusform>
            <numerusform>%n disparus du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted here</source>
        <translation>
            <numerusform>%n supprimé ici</numerusform>
            <numerusform>%n supprimés ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../src/ui/editor/GeneralPage.cpp" line="+52"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Appointment reminders</source>
        <translation>par exemple Rappels de rendez-vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.com/hooks/revox — empty: no webhook</source>
        <translation>https://example.com/hooks/revox — vide&#xa0;: aucun webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>openai/gpt-4.1</source>
        <translation>openai/gpt-4.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>openai</source>
        <translation>openai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gpt-realtime</source>
        <translation>gpt-realtime</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>marin — empty: the model&apos;s default voice</source>
        <translation>marin — vide&#xa0;: la voix par défaut du modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LLM model settings this version does not know</source>
        <translation>Réglages du modèle de LLM inconnus de cette version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model type is newer than this version of Revox Studio. It is kept as it is unless you choose another type.</source>
        <translation>Ce type de modèle est plus récent que cette version de Revox Studio. Il est conservé tel quel, sauf si vous choisissez un autre type.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Book meetings through Calendly</source>
        <translation>Réserver des rendez-vous avec Calendly</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../src/ui/history/HistoryController.cpp" line="+51"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The changes of unknown outcome could not be checked: %1</source>
        <translation>Les modifications d’issue inconnue n’ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n change(s) to %1 have an unknown outcome: Revox Studio stopped, or the answer was lost, before the server said whether it made them.</source>
        <translation>
            <numerusform>%n modification sur %1 a une issue inconnue&#xa0;: Revox Studio s’est arrêté, ou la réponse s’est perdue, avant que le serveur dise s’il l’a faite.</numerusform>
            <numerusform>%n modifications sur %1 ont une issue inconnue&#xa0;: Revox Studio s’est arrêté, ou la réponse s’est perdue, avant que le serveur dise s’il les a faites.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check Against Server</source>
        <translation>Comparer au serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 (%n assistant(s))</source>
        <translation>
            <numerusform>%1 (%n assistant)</numerusform>
            <numerusform>%1 (%n assistants)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show History</source>
        <translation>Afficher l’historique</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to put back: the editor already holds those values.</source>
        <translation>Rien à remettre&#xa0;: l’éditeur contient déjà ces valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assistant as it was after change #%1 is in the editor: review and save it (%2), or undo (%3).</source>
        <translation>L’assistant tel qu’il était après la modification nº %1 est dans l’éditeur&#xa0;: vérifiez-le et enregistrez-le (%2), ou annulez (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The values from before change #%1 are in the editor: review and save them (%2), or undo (%3).</source>
        <translation>Les valeurs d’avant la modification nº %1 sont dans l’éditeur&#xa0;: vérifiez-les et enregistrez-les (%2), ou annulez (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These tool secrets cannot be put back, because the journal keeps only a fingerprint of them and no copy at hand holds that value any more: %1. They keep their current value; type the old one in the Custom tools page if you know it.</source>
        <translation>Ces secrets d’outils ne peuvent pas être remis, car le journal n’en garde qu’une empreinte et aucune copie disponible ne contient plus cette valeur&#xa0;: %1. Ils gardent leur valeur actuelle&#xa0;; tapez l’ancienne dans la page Outils personnalisés si vous la connaissez.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+14"/>
        <source>Open Assistant</source>
        <translation>Ouvrir l’assistant</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This change was made on “%1”.</source>
        <translation>Cette modification a été faite sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to that connection to open its assistants.</source>
        <translation>Passez à cette connexion pour ouvrir ses assistants.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not in the list of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans la liste de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was deleted, or the list is not loaded yet. A deleted assistant can be restored from its Deleted entry.</source>
        <translation>Il a été supprimé, ou la liste n’est pas encore chargée. Un assistant supprimé peut être restauré depuis son entrée Supprimé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The API cannot bring back ID %1: the assistant gets a new one. Every field the journal kept is sent.</source>
        <translation>L’API ne peut pas faire revenir l’ID %1&#xa0;: l’assistant en reçoit un nouveau. Chaque champ conservé par le journal est envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These tool secrets cannot be restored (the journal keeps only a fingerprint of them) and will be empty: %1. Enter them in the editor afterwards.</source>
        <translation>Ces secrets d’outils ne peuvent pas être restaurés (le journal n’en garde qu’une empreinte) et seront vides&#xa0;: %1. Saisissez-les ensuite dans l’éditeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore Deleted Assistant</source>
        <translation>Restaurer l’assistant supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create “%1” again on %2?</source>
        <translation>Recréer «&#xa0;%1&#xa0;» sur %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring “%1”…</source>
        <translation>Restauration de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored “%1” as a new assistant. Its new ID is %2.</source>
        <translation>«&#xa0;%1&#xa0;» restauré comme nouvel assistant. Son nouvel ID est %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the values of these tool secrets in its editor: %1.</source>
        <translation>Saisissez les valeurs de ces secrets d’outils dans son éditeur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assistant could not be restored. %1</source>
        <translation>L’assistant n’a pas pu être restauré. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+32"/>
        <source>Revert Batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Put back every change of “%1”?</source>
        <translation>Remettre chaque modification de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant by assistant, the fields the batch changed get the values they had before it. A field changed since is shown to you first; nothing is overwritten without your choice.</source>
        <translation>Assistant par assistant, les champs que le lot a modifiés reprennent les valeurs qu’ils avaient avant lui. Un champ modifié depuis vous est d’abord montré&#xa0;; rien n’est écrasé sans votre choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverting “%1”…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reverted %1 of %n assistant(s) of “%2”.</source>
        <translation>
            <numerusform>%1 assistant sur %n de «&#xa0;%2&#xa0;» annulé.</numerusform>
            <numerusform>%1 assistants sur %n de «&#xa0;%2&#xa0;» annulés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checked against the server: %1, %2, %3 (the server holds other values now). View ▸ Changes lists them.</source>
        <translation>Comparé au serveur&#xa0;: %1, %2, %3 (le serveur contient maintenant d’autres valeurs). Affichage ▸ Modifications les liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n made</source>
        <translation>
            <numerusform>%n faite</numerusform>
            <numerusform>%n faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not made</source>
        <translation>
            <numerusform>%n non faite</numerusform>
            <numerusform>%n non faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be told</source>
        <translation>
            <numerusform>%n indéterminée</numerusform>
            <numerusform>%n indéterminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>The journal keeps changes for %n day(s) or the newest %1, whichever keeps more</source>
        <translation>
            <numerusform>Le journal garde les modifications pendant %n jour ou les %1 plus récentes, selon ce qui en garde le plus</numerusform>
            <numerusform>Le journal garde les modifications pendant %n jours ou les %1 plus récentes, selon ce qui en garde le plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n older change(s) went.</source>
        <translation>
            <numerusform>%n modification plus ancienne est partie.</numerusform>
            <numerusform>%n modifications plus anciennes sont parties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-42"/>
        <source>Checking %n change(s) against the server…</source>
        <translation>
            <numerusform>Comparaison de %n modification avec le serveur…</numerusform>
            <numerusform>Comparaison de %n modifications avec le serveur…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Changes</source>
        <translation>Exporter les modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The changes could not be exported to %1: %2</source>
        <translation>Les modifications n’ont pas pu être exportées vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported the changes shown to %1.</source>
        <translation>Modifications affichées exportées vers %1.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../src/ui/history/HistoryPage.cpp" line="+26"/>
        <source>&amp;Revert This Change</source>
        <translation>A&amp;nnuler cette modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;as of This Change</source>
        <translation>Restaurer &amp;tel qu’après cette modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k Against Server</source>
        <translation>Comparer au ser&amp;veur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;History&lt;/b&gt; — every change made to this assistant from this machine, newest first. Putting one back makes ordinary edits: review them and save.</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; — chaque modification faite à cet assistant depuis cette machine, la plus récente d’abord. En remettre une produit des modifications ordinaires&#xa0;: vérifiez-les et enregistrez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes to this assistant</source>
        <translation>Modifications de cet assistant</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Put the values from before this change into the editor, as edits to review and save</source>
        <translation>Mettre dans l’éditeur les valeurs d’avant cette modification, comme modifications à vérifier et enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back every later change, so the assistant is as it was right after this one</source>
        <translation>Défaire chaque modification ultérieure, pour que l’assistant soit tel qu’il était juste après celle-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the assistant from the server to tell whether this change was made</source>
        <translation>Lire l’assistant sur le serveur pour savoir si cette modification a été faite</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No change to this assistant was made from this machine yet (or the journal has let older ones go).</source>
        <translation>Aucune modification n’a encore été faite à cet assistant depuis cette machine (ou le journal a laissé partir les plus anciennes).</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+25"/>
        <source>When an assistant of the same name exists: rename (import as “Name (2)”), skip, or update it.</source>
        <translation>Quand un assistant du même nom existe&#xa0;: rename (importer sous «&#xa0;Nom (2)&#xa0;»), skip (l’ignorer) ou update (le mettre à jour).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show what would be done, send nothing.</source>
        <translation>Montrer ce qui serait fait, sans rien envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not ask before changing a production connection.</source>
        <translation>Ne pas demander avant de modifier une connexion de production.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Create (or update) the assistants of a bundle file in the connection&apos;s account.</source>
        <translation>Créer (ou mettre à jour) les assistants d’un fichier lot dans le compte de la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads FILE (written by export; &apos;-&apos; for standard input) and creates each assistant in it, never twice (a lost answer is looked up before anything is sent again). An assistant whose name is already taken stops, reported, unless --on-conflict says what to do: rename imports it as “Name (2)”, skip leaves it out, update saves the bundle&apos;s fields onto the existing one (a minimal PATCH, as the app saves). A secret redacted on export, or a value that breaks the editor&apos;s rules, stops that assistant before anything is sent; the others go on.</source>
        <translation>Lit FICHIER (écrit par export&#xa0;; &apos;-&apos; pour l’entrée standard) et crée chaque assistant qu’il contient, jamais deux fois (une réponse perdue est recherchée avant tout nouvel envoi). Un assistant dont le nom est déjà pris s’arrête, signalé, sauf si --on-conflict dit quoi faire&#xa0;: rename l’importe sous «&#xa0;Nom (2)&#xa0;», skip le laisse de côté, update enregistre les champs du lot sur l’assistant existant (un PATCH minimal, comme l’application enregistre). Un secret masqué à l’export, ou une valeur qui enfreint les règles de l’éditeur, arrête cet assistant avant tout envoi&#xa0;; les autres continuent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--on-conflict: rename, skip or update, not “%1”</source>
        <translation>--on-conflict&#xa0;: rename, skip ou update, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>nothing sent; see above</source>
        <translation>rien n’a été envoyé&#xa0;; voir plus haut</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>choose --on-conflict rename, skip or update</source>
        <translation>choisissez --on-conflict rename, skip ou update</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an assistant of that name exists</source>
        <translation>un assistant de ce nom existe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dry run: nothing was sent</source>
        <translation>essai à blanc&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>import %n assistant(s)</source>
        <translation>
            <numerusform>importer %n assistant</numerusform>
            <numerusform>importer %n assistants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>details</source>
        <translation>détails</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/ui/bulk/ImportDialog.cpp" line="+20"/>
        <source>Import %1 — %2</source>
        <translation>Importer %1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>choose another answer to “When a name is taken” (Back)</source>
        <translation>choisissez une autre réponse à «&#xa0;Quand un nom est pris&#xa0;» (Retour)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import of %1: what each of its assistants would get.</source>
        <translation>Import de %1&#xa0;: ce que recevrait chacun de ses assistants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <location filename="../src/ui/bulk/ImportOptionsPage.cpp" line="+33"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voir l’aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 holds %n assistant(s). Nothing is sent before the next step, which shows what each one would get.</source>
        <translation>
            <numerusform>%1 contient %n assistant. Rien n’est envoyé avant l’étape suivante, qui montre ce qu’il recevrait.</numerusform>
            <numerusform>%1 contient %n assistants. Rien n’est envoyé avant l’étape suivante, qui montre ce que chacun recevrait.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parts of the file that cannot be imported</source>
        <translation>Parties du fichier qui ne peuvent pas être importées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: parts of the file that are no assistant:</source>
        <translation>Laissées de côté&#xa0;: les parties du fichier qui ne sont pas des assistants&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When a name is taken</source>
        <translation>Quand un nom est pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing for it, and say so</source>
        <translation>Ne rien importer pour lui, et le signaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it under a new name (“Name (2)”)</source>
        <translation>L’importer sous un nouveau nom («&#xa0;Nom (2)&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out</source>
        <translation>Le laisser de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the assistant of that name with the file&apos;s fields</source>
        <translation>Mettre à jour l’assistant de ce nom avec les champs du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When a name is taken:</source>
        <translation>&amp;Quand un nom est pris&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name in the file is taken here.</source>
        <translation>Aucun nom du fichier n’est pris ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n name(s) in the file are taken here.</source>
        <translation>
            <numerusform>%n nom du fichier est pris ici.</numerusform>
            <numerusform>%n noms du fichier sont pris ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Redacted on export</source>
        <translation>Masqués à l’export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These tool credentials were left out of the file. Type each value here: an assistant is imported only once every one of its credentials has a value.</source>
        <translation>Ces identifiants d’outils ont été laissés hors du fichier. Tapez chaque valeur ici&#xa0;: un assistant n’est importé qu’une fois que chacun de ses identifiants a une valeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redacted credentials</source>
        <translation>Identifiants masqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Value of the %1 of “%2”</source>
        <translation>Valeur de %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(redacted: type the value)</source>
        <translation>(masqué&#xa0;: tapez la valeur)</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../src/core/ImportPlan.cpp" line="+37"/>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“%1”: %2 assistants have that name; update needs one</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 assistants portent ce nom&#xa0;; update en veut un seul</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an assistant named “%1” exists already (%2): %3</source>
        <translation>un assistant nommé «&#xa0;%1&#xa0;» existe déjà (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>JournalBatchRevert</name>
    <message>
        <location filename="../src/journal/JournalBatchRevert.cpp" line="+44"/>
        <source>Revert of “%1”</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server already holds the values from before the batch.</source>
        <translation>Le serveur contient déjà les valeurs d’avant le lot.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put back: %1.</source>
        <translation>Remis&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing left to put back: the server holds these values.</source>
        <translation>Plus rien à remettre&#xa0;: le serveur contient ces valeurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reverted: %1 changed on the server since, and nobody chose which version to keep.</source>
        <translation>Non annulé&#xa0;: %1 a changé sur le serveur depuis, et personne n’a choisi la version à garder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reverted: called off.</source>
        <translation>Non annulé&#xa0;: interrompu.</translation>
    </message>
</context>
<context>
    <name>JournalChecker</name>
    <message>
        <location filename="../src/journal/JournalChecker.cpp" line="+64"/>
        <source>Nothing to check against.</source>
        <translation>Rien avec quoi comparer.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Checked against the server on %1: it holds this change.</source>
        <translation>Comparé au serveur le %1&#xa0;: il contient cette modification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked against the server on %1: it does not hold this change, so it was not made.</source>
        <translation>Comparé au serveur le %1&#xa0;: il ne contient pas cette modification, elle n’a donc pas été faite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked against the server on %1: it holds other values now, so whether this change was made cannot be told.</source>
        <translation>Comparé au serveur le %1&#xa0;: il contient maintenant d’autres valeurs, on ne peut donc pas savoir si cette modification a été faite.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../src/journal/JournalModel.cpp" line="+184"/>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (batch %2)</source>
        <translation>%1 (lot %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>JournalRecorder</name>
    <message>
        <location filename="../src/journal/JournalRecorder.cpp" line="+59"/>
        <source>Its answer was lost; the server&apos;s copy read afterwards holds this change.</source>
        <translation>Sa réponse s’est perdue&#xa0;; la copie du serveur lue ensuite contient cette modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s copy changed meanwhile (412); it was not stored.</source>
        <translation>La copie du serveur a changé entre-temps (412)&#xa0;; elle n’a pas été stockée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s copy changed meanwhile (412) and now holds other values: whether this change was stored cannot be told.</source>
        <translation>La copie du serveur a changé entre-temps (412) et contient maintenant d’autres valeurs&#xa0;: on ne peut pas savoir si cette modification a été stockée.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The change to “%1” went ahead, but the change journal could not record it.</source>
        <translation>La modification de «&#xa0;%1&#xa0;» a été faite, mais le journal des modifications n’a pas pu l’enregistrer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The outcome of the change to “%1” could not be recorded in the change journal.</source>
        <translation>L’issue de la modification de «&#xa0;%1&#xa0;» n’a pas pu être enregistrée dans le journal des modifications.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server&apos;s copy changed meanwhile (412): merged again and sent anew.</source>
        <translation>La copie du serveur a changé entre-temps (412)&#xa0;: fusionnée à nouveau et renvoyée.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not created: the list read afterwards does not hold it.</source>
        <translation>Non créé&#xa0;: la liste lue ensuite ne le contient pas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The answer was lost on the way, but the list read afterwards holds the new assistant.</source>
        <translation>La réponse s’est perdue en route, mais la liste lue ensuite contient le nouvel assistant.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Somebody had deleted it already.</source>
        <translation>Quelqu’un l’avait déjà supprimé.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The change journal could not record the batch “%1”: its changes are recorded one by one.</source>
        <translation>Le journal des modifications n’a pas pu enregistrer le lot «&#xa0;%1&#xa0;»&#xa0;: ses modifications sont enregistrées une par une.</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <location filename="../src/journal/JournalStore.cpp" line="+161"/>
        <source>The change journal %1 cannot be opened: %2. Changes are saved, but not recorded.</source>
        <translation>Le journal des modifications %1 ne peut pas être ouvert&#xa0;: %2. Les modifications sont enregistrées sur le serveur, mais pas dans le journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change journal %1 cannot be used (%2) and cannot be moved aside. Changes are saved, but not recorded.</source>
        <translation>Le journal des modifications %1 est inutilisable (%2) et ne peut pas être mis de côté. Les modifications sont enregistrées sur le serveur, mais pas dans le journal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change journal %1 could not be used (%2); it was set aside as %3, but a new one cannot be started either: %4. Changes are saved, but not recorded.</source>
        <translation>Le journal des modifications %1 était inutilisable (%2)&#xa0;; il a été mis de côté sous %3, mais un nouveau ne peut pas être commencé non plus&#xa0;: %4. Les modifications sont enregistrées sur le serveur, mais pas dans le journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change journal %1 could not be used (%2). It was set aside as %3, kept as it was, and a new journal was started.</source>
        <translation>Le journal des modifications %1 était inutilisable (%2). Il a été mis de côté sous %3, conservé tel quel, et un nouveau journal a été commencé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+30"/>
        <source>it is not a change journal</source>
        <translation>ce n’est pas un journal des modifications</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>it was written by a newer version of Revox Studio</source>
        <translation>il a été écrit par une version plus récente de Revox Studio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revox Studio stopped before the answer came: the server may or may not hold this change.</source>
        <translation>Revox Studio s’est arrêté avant la réponse&#xa0;: le serveur contient peut-être cette modification, ou non.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the journal is not open</source>
        <translation>le journal n’est pas ouvert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; the file cannot be moved aside</source>
        <translation>%1&#xa0;; le fichier ne peut pas être mis de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; set aside as %2, but a new journal cannot be started: %3</source>
        <translation>%1&#xa0;; mis de côté sous %2, mais un nouveau journal ne peut pas être commencé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change journal could not be written (%1). It was set aside as %2, kept as it was, and a new journal was started.</source>
        <translation>Le journal des modifications n’a pas pu être écrit (%1). Il a été mis de côté sous %2, conservé tel quel, et un nouveau journal a été commencé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change journal did not record %1: %2</source>
        <translation>Le journal des modifications n’a pas enregistré %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>a change to “%1”</source>
        <translation>une modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the outcome of a change to “%1”</source>
        <translation>l’issue d’une modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the batch “%1”</source>
        <translation>le lot «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the end of a batch</source>
        <translation>la fin d’un lot</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the removal of old entries</source>
        <translation>la suppression d’anciennes entrées</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <location filename="../src/journal/JournalText.cpp" line="+24"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unnamed assistant</source>
        <translation>Assistant sans nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloned</source>
        <translation>Cloné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverted</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the answer</source>
        <translation>En attente de la réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done, but not every field was stored as sent</source>
        <translation>Fait, mais tous les champs n’ont pas été stockés tels qu’envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (checked against the server)</source>
        <translation>Fait (comparé au serveur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done (checked against the server)</source>
        <translation>Non fait (comparé au serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (HTTP %1)</source>
        <translation>Échec (HTTP %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown (checked: the server holds other values)</source>
        <translation>Issue inconnue (comparé&#xa0;: le serveur contient d’autres valeurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>Issue inconnue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy of %1 (ID %2)</source>
        <translation>Copie de %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole assistant was kept before the delete:</source>
        <translation>L’assistant entier a été conservé avant la suppression&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stored as sent: %1 (the server holds %2)</source>
        <translation>Non stocké tel qu’envoyé&#xa0;: %1 (le serveur contient %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, before:</source>
        <translation>%1, avant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, after:</source>
        <translation>%1, après&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put back change #%1: %2</source>
        <translation>Remise de la modification nº %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloned %1 (ID %2)</source>
        <translation>%1 cloné (ID %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1; the whole assistant is kept</source>
        <translation>%1 supprimé&#xa0;; l’assistant entier est conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1 (deleted ID %2) as a new assistant</source>
        <translation>%1 (ID supprimé %2) restauré comme nouvel assistant</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <location filename="../src/ui/editor/KeyValueTable.cpp" line="+54"/>
        <source>Type the value</source>
        <translation>Saisissez la valeur</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Show values</source>
        <translation>Afficher les valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values may hold secrets such as API tokens.</source>
        <translation>Les valeurs peuvent contenir des secrets, comme des jetons d’API.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <location filename="../src/ui/KeyboardShortcuts.cpp" line="+53"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes window</source>
        <translation>Fenêtre Modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../src/ui/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revox Studio will speak %1 the next time it starts.</source>
        <translation>La langue choisie (%1) s’appliquera au prochain démarrage de Revox Studio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s language</source>
        <translation>celle du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ListLoader</name>
    <message>
        <location filename="../src/ui/ListLoader.cpp" line="+16"/>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
</context>
<context>
    <name>ListStatus</name>
    <message>
        <location filename="../src/ui/ListStatus.cpp" line="+41"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter Key…</source>
        <translation>Saisir la clé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter New Key…</source>
        <translation>Saisir une nouvelle clé…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading assistants…</source>
        <translation>Chargement des assistants…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assistant matches “%1”.</source>
        <translation>Aucun assistant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assistants could not be loaded.
%1</source>
        <translation>Les assistants n’ont pas pu être chargés.
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no assistants yet.
Press %1 to create one.</source>
        <translation>Il n’y a encore aucun assistant.
Appuyez sur %1 pour en créer un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry loading the assistants</source>
        <translation>Réessayer de charger les assistants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the API key of “%1”</source>
        <translation>Saisir la clé d’API de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln assistant(s)</source>
        <translation>
            <numerusform>%Ln assistant</numerusform>
            <numerusform>%Ln assistants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 of %2</source>
        <comment>shown of total assistants</comment>
        <translation>%L1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainCommands</name>
    <message>
        <location filename="../src/ui/MainCommands.cpp" line="+53"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Assistant…</source>
        <translation>&amp;Nouvel assistant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;ID</source>
        <translation>Copier l’&amp;ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ose Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Call…</source>
        <translation>&amp;Appel de test…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hanges…</source>
        <translation>&amp;Modifications…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in &amp;All Assistants…</source>
        <translation>Rechercher dans &amp;tous les assistants…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare…</source>
        <translation>Com&amp;parer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Selected…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Revox Studio</source>
        <translation>À &amp;propos de Revox Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the two selected assistants, or the open one with another</source>
        <translation>Comparer les deux assistants sélectionnés, ou l’assistant ouvert avec un autre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="+101"/>
        <source>No keychain service is available: API keys are kept for this session only and must be entered again next time.</source>
        <translation>Aucun service de trousseau n’est disponible&#xa0;: les clés d’API ne sont conservées que pour cette session et devront être saisies à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service is available: values typed in a tool&apos;s headers or query parameters are not kept in drafts and will not survive a crash. Save to keep them.</source>
        <translation>Aucun service de trousseau n’est disponible&#xa0;: les valeurs saisies dans les en-têtes ou les paramètres de requête d’un outil ne sont pas conservées dans les brouillons et seront perdues en cas de plantage. Enregistrez pour les garder.</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>Co&amp;mpare…</source>
        <translation>Com&amp;parer…</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Search name, ID or prompt (%1)</source>
        <translation>Rechercher un nom, un ID ou un prompt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search assistants</source>
        <translation>Rechercher des assistants</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>Switch Connection</source>
        <translation>Changer de connexion</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Loading assistants from %1…</source>
        <translation>Chargement des assistants depuis %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The list shows what was loaded before.</source>
        <translation>La liste montre ce qui avait été chargé auparavant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Co&amp;mpare With…</source>
        <translation>Com&amp;parer avec…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>About Revox Studio</source>
        <translation>À propos de Revox Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Revox Studio %1&lt;/h3&gt;&lt;p&gt;A desktop editor for Revox voice-AI assistants.&lt;/p&gt;&lt;p&gt;Without an API key it works on a built-in sandbox server with sample data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Revox Studio %1&lt;/h3&gt;&lt;p&gt;Un éditeur de bureau pour les assistants vocaux IA de Revox.&lt;/p&gt;&lt;p&gt;Sans clé d’API, il fonctionne sur un serveur bac à sable intégré avec des données d’exemple.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NewAssistantDialog</name>
    <message>
        <location filename="../src/ui/NewAssistantDialog.cpp" line="+25"/>
        <source>New Assistant</source>
        <translation>Nouvel assistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Appointment reminders</source>
        <translation>par exemple Rappels de rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are a friendly receptionist for…</source>
        <translation>Vous êtes un réceptionniste aimable pour…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the assistant and give it its system prompt. Everything else can be set in the editor afterwards.</source>
        <translation>Nommez l’assistant et donnez-lui son prompt système. Tout le reste peut être réglé ensuite dans l’éditeur.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>PaletteCommands</name>
    <message>
        <location filename="../src/ui/PaletteCommands.cpp" line="+89"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field · %1</source>
        <translation>Champ · %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
</context>
<context>
    <name>PhoneNumberRouting</name>
    <message>
        <location filename="../src/ui/PhoneNumberRouting.cpp" line="+39"/>
        <source>no assistant</source>
        <translation>aucun assistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound calls to %1 now reach %2.</source>
        <translation>Les appels entrants de %1 vont maintenant à %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 n’a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The phone numbers could not be read: %1</source>
        <translation>Les numéros de téléphone n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its inbound calls reach no assistant now.</source>
        <translation>Ses appels entrants ne vont actuellement à aucun assistant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its inbound calls reach “%1” now; they will reach this assistant instead, from the next call on.</source>
        <translation>Ses appels entrants vont actuellement à «&#xa0;%1&#xa0;»&#xa0;; ils iront à cet assistant à la place, dès le prochain appel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route Phone Number</source>
        <translation>Router le numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route the inbound calls of %1 to “%2”?</source>
        <translation>Router les appels entrants de %1 vers «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Router</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop Routing Phone Number</source>
        <translation>Arrêter le routage du numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop routing the inbound calls of %1 to “%2”?</source>
        <translation>Arrêter de router les appels entrants de %1 vers «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to this number will then reach no assistant.</source>
        <translation>Les appels vers ce numéro n’iront alors à aucun assistant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Routing</source>
        <translation>Arrêter le routage</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPanel</name>
    <message>
        <location filename="../src/ui/editor/PhoneNumbersPanel.cpp" line="+21"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Route to This Assistant…</source>
        <translation>&amp;Router vers cet assistant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop Routing Here…</source>
        <translation>&amp;Arrêter le routage ici…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load Numbers</source>
        <translation>Re&amp;charger les numéros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account&apos;s phone numbers show here once they are read.</source>
        <translation>Les numéros de téléphone du compte s’affichent ici une fois lus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers of the account</source>
        <translation>Numéros de téléphone du compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbound calls reach</source>
        <translation>Les appels entrants vont à</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbound calls to the selected number reach this assistant from now on</source>
        <translation>Les appels entrants du numéro sélectionné vont désormais à cet assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbound calls to the selected number reach no assistant from now on</source>
        <translation>Les appels entrants du numéro sélectionné ne vont désormais à aucun assistant</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>this assistant</source>
        <translation>cet assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no assistant</source>
        <translation>aucun assistant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(changing…)</source>
        <translation>(modification…)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The account has no phone numbers.</source>
        <translation>Le compte n’a aucun numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone number routes its inbound calls to this assistant.</source>
        <translation>Aucun numéro de téléphone ne route ses appels entrants vers cet assistant.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Inbound calls to %n number(s) reach this assistant: %1.</source>
        <translation>
            <numerusform>Les appels entrants de %n numéro vont à cet assistant&#xa0;: %1.</numerusform>
            <numerusform>Les appels entrants de %n numéros vont à cet assistant&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the account&apos;s phone numbers…</source>
        <translation>Lecture des numéros de téléphone du compte…</translation>
    </message>
</context>
<context>
    <name>ProductionConfirmDialog</name>
    <message>
        <location filename="../src/ui/bulk/ProductionConfirmDialog.cpp" line="+19"/>
        <source>Apply to Production</source>
        <translation>Appliquer en production</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;p&gt;You are about to change the ticked assistants — &lt;b&gt;%n in all&lt;/b&gt; — on the production connection &lt;b&gt;%1&lt;/b&gt;. Calls that use them will follow the new settings at once.&lt;/p&gt;&lt;p&gt;Type the connection&apos;s name to go on.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Vous allez modifier l’assistant coché — &lt;b&gt;%n en tout&lt;/b&gt; — sur la connexion de production &lt;b&gt;%1&lt;/b&gt;. Les appels qui l’utilisent suivront aussitôt les nouveaux réglages.&lt;/p&gt;&lt;p&gt;Tapez le nom de la connexion pour continuer.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Vous allez modifier les assistants cochés — &lt;b&gt;%n en tout&lt;/b&gt; — sur la connexion de production &lt;b&gt;%1&lt;/b&gt;. Les appels qui les utilisent suivront aussitôt les nouveaux réglages.&lt;/p&gt;&lt;p&gt;Tapez le nom de la connexion pour continuer.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection &amp;name:</source>
        <translation>&amp;Nom de la connexion&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Apply (%n)</source>
        <translation>
            <numerusform>Appliquer (%n)</numerusform>
            <numerusform>Appliquer (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <location filename="../src/ui/editor/PromptPage.cpp" line="+30"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>You are a friendly receptionist for…</source>
        <translation>Vous êtes un réceptionniste aimable pour…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the prompt (%1)</source>
        <translation>Rechercher dans le prompt (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find in the Prompt</source>
        <translation>Rechercher dans le prompt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Insert:</source>
        <translation>Insérer&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Insert %1 at the cursor</source>
        <translation>Insérer %1 au curseur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%L1 characters · %L2 words</source>
        <translation>%L1 caractères · %L2 mots</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../src/cli/PullCommand.cpp" line="+23"/>
        <source>Pull the assistants whose name or ID contains TEXT (any case), besides those the folder holds.</source>
        <translation>Récupérer les assistants dont le nom ou l’ID contient TEXTE (sans tenir compte de la casse), en plus de ceux que contient le dossier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the server&apos;s assistants into a folder (JSON and Markdown files for git).</source>
        <translation>Écrire les assistants du serveur dans un dossier (fichiers JSON et Markdown pour git).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes one JSON file per assistant into DIR, named from its name and ID, with the prompt in a Markdown file beside it, and keeps what the server held under DIR/.revox/ for three-way comparison. Without --match and IDs it pulls what the folder was pulled with before (everything on a first pull); assistants already in the folder are always brought up to date. Changes made in the files since the last pull are kept: a field changed on the server only is taken in, a field changed on both sides keeps your value and is reported as a conflict for apply to settle. Secret values (custom tools&apos; headers and query parameters) go to DIR/.revox/private/secrets.json (mode 0600, listed in the .gitignore pull writes); the files hold {&quot;$secret&quot;: NAME} instead. Files whose content would not change are not rewritten.</source>
        <translation>Écrit un fichier JSON par assistant dans DIR, nommé d’après son nom et son ID, avec le prompt dans un fichier Markdown à côté, et garde sous DIR/.revox/ ce que contenait le serveur pour la comparaison à trois voies. Sans --match ni ID, récupère ce avec quoi le dossier a été récupéré auparavant (tout lors d’un premier pull)&#xa0;; les assistants déjà dans le dossier sont toujours mis à jour. Les modifications faites dans les fichiers depuis le dernier pull sont conservées&#xa0;: un champ modifié seulement sur le serveur est repris, un champ modifié des deux côtés garde votre valeur et est signalé comme conflit à régler par apply. Les valeurs secrètes (en-têtes et paramètres de requête des outils personnalisés) vont dans DIR/.revox/private/secrets.json (mode 0600, listé dans le .gitignore qu’écrit pull)&#xa0;; les fichiers contiennent {&quot;$secret&quot;: NOM} à la place. Les fichiers dont le contenu ne changerait pas ne sont pas réécrits.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>updated   %1: %2</source>
        <translation>mis à jour  %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept      %1: your changes to %2</source>
        <translation>conservé    %1: vos modifications de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>conflict  %1: %2 changed here and on the server; yours kept (apply --ours or --theirs settles it)</source>
        <translation>conflit     %1: %2 modifié ici et sur le serveur&#xa0;; le vôtre est gardé (apply --ours ou --theirs tranche)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merged    %1: %2 from the server, your %3 kept</source>
        <translation>fusionné    %1: %2 du serveur, votre %3 gardé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added     %1</source>
        <translation>ajouté      %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored  %1</source>
        <translation>restauré    %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted   “%1” (%2): its file was deleted here, not restored; apply --prune --yes deletes it on the server, pull DIR %2 brings it back</source>
        <translation>supprimé    «&#xa0;%1&#xa0;» (%2)&#xa0;: son fichier a été supprimé ici, non restauré&#xa0;; apply --prune --yes le supprime sur le serveur, pull DIR %2 le ramène</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>removed   %1: gone from the server</source>
        <translation>retiré      %1: disparu du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept      %1: gone from the server, but the file holds changes; delete it, or remove its &quot;id&quot; to create it again</source>
        <translation>conservé    %1: disparu du serveur, mais le fichier contient des modifications&#xa0;; supprimez-le, ou retirez son &quot;id&quot; pour le recréer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>writing files</source>
        <translation>écriture des fichiers</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept with your changes</source>
        <translation>
            <numerusform>%n conservé avec vos modifications</numerusform>
            <numerusform>%n conservés avec vos modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../src/ui/history/RetentionDialog.cpp" line="+23"/>
        <source>Keep History</source>
        <translation>Durée de l’historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days to keep changes</source>
        <translation>Jours de conservation des modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to keep</source>
        <translation>Modifications à conserver</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>The journal keeps a change while it is younger than the days below, or while it is among the newest entries below: whichever keeps more. It holds %Ln change(s) now.</source>
        <translation>
            <numerusform>Le journal garde une modification tant qu’elle est plus récente que le nombre de jours ci-dessous, ou tant qu’elle fait partie des entrées les plus récentes ci-dessous&#xa0;: selon ce qui en garde le plus. Il contient %Ln modification actuellement.</numerusform>
            <numerusform>Le journal garde une modification tant qu’elle est plus récente que le nombre de jours ci-dessous, ou tant qu’elle fait partie des entrées les plus récentes ci-dessous&#xa0;: selon ce qui en garde le plus. Il contient %Ln modifications actuellement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> change(s)</source>
        <translation>
            <numerusform> modification</numerusform>
            <numerusform> modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep for &amp;at least:</source>
        <translation>Conserver &amp;au moins&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;newest:</source>
        <translation>Conserver les plus &amp;récentes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RetryPage</name>
    <message>
        <location filename="../src/ui/editor/RetryPage.cpp" line="+73"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry windows</source>
        <translation>Plages de relance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use these settings (unticked: the server&apos;s defaults)</source>
        <translation>Utiliser ces réglages (décoché&#xa0;: ceux du serveur par défaut)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Week:</source>
        <translation>Semaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Automatic: the time zone of the number called</source>
        <translation>Automatique&#xa0;: le fuseau horaire du numéro appelé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (seconds)</source>
        <translation>%1 (secondes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times as 09:00 or 9am, in the time zone above.</source>
        <translation>Heures au format 09:00 ou 9am, dans le fuseau horaire ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calling window</source>
        <translation>plage d’appel</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The server&apos;s defaults apply.</source>
        <translation>Les réglages par défaut du serveur s’appliquent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shaded: when calls may go out, in the time zone of the number called.</source>
        <translation>En couleur&#xa0;: quand les appels peuvent partir, dans le fuseau horaire du numéro appelé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaded: when calls may go out, in %1 time.</source>
        <translation>En couleur&#xa0;: quand les appels peuvent partir, à l’heure de %1.</translation>
    </message>
</context>
<context>
    <name>ReviewChangesDialog</name>
    <message>
        <location filename="../src/ui/editor/ReviewChangesDialog.cpp" line="+30"/>
        <source>Review Changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These changes to &lt;b&gt;%1&lt;/b&gt; will be saved to Revox:</source>
        <translation>Ces modifications de &lt;b&gt;%1&lt;/b&gt; seront enregistrées sur Revox&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request body (PATCH /assistants/%1):</source>
        <translation>Corps de la requête (PATCH /assistants/%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show Secret &amp;Values</source>
        <translation>Afficher les &amp;valeurs secrètes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header and query parameter values of tools may hold API tokens; they are sent as they are, whether shown or not.</source>
        <translation>Les valeurs des en-têtes et des paramètres de requête des outils peuvent contenir des jetons d’API&#xa0;; elles sont envoyées telles quelles, affichées ou non.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Don&apos;t show this again (save at once)</source>
        <translation>Ne plus afficher (enregistrer directement)</translation>
    </message>
</context>
<context>
    <name>RevoxCall</name>
    <message>
        <location filename="../src/core/RevoxCall.cpp" line="+150"/>
        <source>the network manager is gone</source>
        <translation>le gestionnaire réseau n’existe plus</translation>
    </message>
    <message>
        <location line="+262"/>
        <location line="+105"/>
        <source>the server reported that the deletion failed</source>
        <translation>le serveur a signalé l’échec de la suppression</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>no &quot;success&quot; value</source>
        <translation>aucune valeur «&#xa0;success&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no &quot;voices&quot; list</source>
        <translation>aucune liste «&#xa0;voices&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item %1 of &quot;voices&quot; is not an object</source>
        <translation>l’élément %1 de «&#xa0;voices&#xa0;» n’est pas un objet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no call with an &quot;id&quot;</source>
        <translation>aucun appel avec un «&#xa0;id&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no &quot;calls&quot; list</source>
        <translation>aucune liste «&#xa0;calls&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no &quot;authenticated&quot; value</source>
        <translation>aucune valeur «&#xa0;authenticated&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no user with an &quot;id&quot; or &quot;email&quot;</source>
        <translation>aucun utilisateur avec un «&#xa0;id&#xa0;» ou un «&#xa0;email&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no &quot;phone_numbers&quot; list</source>
        <translation>aucune liste «&#xa0;phone_numbers&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>RevoxClient</name>
    <message>
        <location filename="../src/core/RevoxClient.cpp" line="+65"/>
        <source>“%1” is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https://.</source>
        <translation>L’adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address has no host name.</source>
        <translation>L’adresse du serveur n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must not contain a user name or password; the API key is set apart.</source>
        <translation>L’adresse du serveur ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; la clé d’API se règle à part.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must not contain “?” or “#”.</source>
        <translation>L’adresse du serveur ne doit contenir ni «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must use https://, so that the API key is not sent in clear text. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>L’adresse du serveur doit utiliser https://, pour que la clé d’API ne soit pas envoyée en clair. Le simple http:// n’est autorisé que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>“%1” is not an assistant id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’assistant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not an id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant</translation>
    </message>
</context>
<context>
    <name>RevoxSandbox</name>
    <message>
        <location filename="../src/sandbox/main.cpp" line="+46"/>
        <source>A local server that speaks the Revox assistants API (base path /api), with SQLite persistence and fault injection, for trying Revox Studio and for tests.</source>
        <translation>Un serveur local qui parle l’API des assistants Revox (chemin de base /api), avec persistance SQLite et injection de pannes, pour essayer Revox Studio et pour les tests.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TCP port to listen on (default 8787; 0 picks one).</source>
        <translation>Port TCP d’écoute (8787 par défaut&#xa0;; 0 en choisit un).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d’écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow --bind to a non-loopback address. The sandbox has no real security: only do this on a trusted network.</source>
        <translation>Autoriser --bind sur une adresse autre que la boucle locale. Le bac à sable n’a aucune vraie sécurité&#xa0;: ne le faites que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite file holding the assistants (default: sandbox.sqlite in the user&apos;s data directory; &quot;:memory:&quot; keeps nothing).</source>
        <translation>Fichier SQLite qui contient les assistants (par défaut&#xa0;: sandbox.sqlite dans le dossier de données de l’utilisateur&#xa0;; «&#xa0;:memory:&#xa0;» ne conserve rien).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token clients must send (default: $REVOX_API_KEY, else &quot;sandbox&quot;).</source>
        <translation>Jeton Bearer que les clients doivent envoyer (par défaut&#xa0;: $REVOX_API_KEY, sinon «&#xa0;sandbox&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the stored assistants with N generated ones. Without it, an empty store gets the shipped sample set.</source>
        <translation>Remplacer les assistants enregistrés par N assistants générés. Sans cette option, une base vide reçoit le jeu d’exemples fourni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the data file cannot be used (not a database, damaged, another program&apos;s, unreadable, locked), keep it under a name with the time next to it and start afresh with the sample data. Without it the sandbox refuses to start.</source>
        <translation>Lorsque le fichier de données est inutilisable (pas une base de données, endommagé, celui d’un autre programme, illisible, verrouillé), le conserver à côté sous un nom horodaté et repartir des données d’exemple. Sans cette option, le bac à sable refuse de démarrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long a simulated call (POST /call) takes from placed to completed, in seconds (default 8).</source>
        <translation>Durée d’un appel simulé (POST /call), du lancement à la fin, en secondes (8 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arm a fault, as JSON, e.g. &apos;{&quot;kind&quot;:&quot;rateLimit&quot;,&quot;retryAfter&quot;:&quot;2&quot;,&quot;times&quot;:3}&apos;. Repeatable. Kinds: delay status rateLimit drop reset truncate stallBeforeHeaders stallMidBody slowBody malformedJson htmlError wrongContentType redirect oversized ignoreField (with &quot;field&quot;).</source>
        <translation>Armer une panne, en JSON, par exemple &apos;{&quot;kind&quot;:&quot;rateLimit&quot;,&quot;retryAfter&quot;:&quot;2&quot;,&quot;times&quot;:3}&apos;. Répétable. Types&#xa0;: delay status rateLimit drop reset truncate stallBeforeHeaders stallMidBody slowBody malformedJson htmlError wrongContentType redirect oversized ignoreField (avec &quot;field&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bind: &quot;%1&quot; is not an IP address.</source>
        <translation>--bind&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bind %1 is not a loopback address; add --allow-remote if you really mean it.</source>
        <translation>--bind %1 n’est pas une adresse de boucle locale&#xa0;; ajoutez --allow-remote si c’est vraiment voulu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--seed must be a number of assistants, 0 or more.</source>
        <translation>--seed doit être un nombre d’assistants, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--call-seconds must be a number of seconds from 0.1 to 3600.</source>
        <translation>--call-seconds doit être un nombre de secondes de 0.1 à 3600.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--fault %1: %2</source>
        <translation>--fault %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a JSON object.</source>
        <translation>pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It was left as it is; start with --reset-bad-data to keep it aside and start afresh.</source>
        <translation>Il a été laissé tel quel&#xa0;; démarrez avec --reset-bad-data pour le mettre de côté et repartir de zéro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revox sandbox listening on %1</source>
        <translation>Bac à sable Revox à l’écoute sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key: %1</source>
        <translation>Clé d’API&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in memory, discarded on exit</source>
        <translation>en mémoire, effacées à la sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault armed: %1</source>
        <translation>Panne armée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RevoxStudioCli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+41"/>
        <source>Use this connection saved in Revox Studio; its API key comes from the system keychain.</source>
        <translation>Utiliser cette connexion enregistrée dans Revox Studio&#xa0;; sa clé d’API vient du trousseau du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the built-in sandbox, in this process, on Revox Studio&apos;s sandbox data.</source>
        <translation>Utiliser le bac à sable intégré, dans ce processus, sur les données du bac à sable de Revox Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --sandbox: keep the sandbox&apos;s data in this SQLite file instead.</source>
        <translation>Avec --sandbox&#xa0;: garder plutôt les données du bac à sable dans ce fichier SQLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON document for scripts instead of lines.</source>
        <translation>Écrire un document JSON pour les scripts au lieu de lignes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print nothing but errors.</source>
        <translation>N’écrire que les erreurs.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Usage: revox-studio-cli COMMAND [OPTIONS] ARGUMENTS
Keeps Revox assistants as files for git and moves them between accounts, with the same safe saves as Revox Studio.

Commands:
</source>
        <translation>Usage&#xa0;: revox-studio-cli COMMANDE [OPTIONS] ARGUMENTS
Garde les assistants Revox sous forme de fichiers pour git et les déplace entre comptes, avec les mêmes enregistrements sûrs que Revox Studio.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Connection: REVOX_API_KEY (and REVOX_BASE_URL), or --connection NAME, or --sandbox.
Exit status: 0 done, 1 conflicts or invalid files (diff: something to send), 2 usage, 3 network or authentication.
Run &apos;revox-studio-cli COMMAND --help&apos; for a command&apos;s options; the manual page is revox-studio-cli(1).
</source>
        <translation>
Connexion&#xa0;: REVOX_API_KEY (et REVOX_BASE_URL), ou --connection NOM, ou --sandbox.
Code de sortie&#xa0;: 0 fait, 1 conflits ou fichiers non valides (diff&#xa0;: quelque chose à envoyer), 2 usage, 3 réseau ou authentification.
Lancez &apos;revox-studio-cli COMMANDE --help&apos; pour les options d’une commande&#xa0;; la page de manuel est revox-studio-cli(1) (en anglais).
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: revox-studio-cli %1 [OPTIONS] %2
%3

%4</source>
        <translation>Usage&#xa0;: revox-studio-cli %1 [OPTIONS] %2
%3

%4</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>revox-studio-cli: unknown command “%1”

</source>
        <translation>revox-studio-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Usage: revox-studio-cli %1 [OPTIONS] %2
</source>
        <translation>Usage&#xa0;: revox-studio-cli %1 [OPTIONS] %2
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>revox-studio-cli: --sandbox-data goes with --sandbox
</source>
        <translation>revox-studio-cli&#xa0;: --sandbox-data va avec --sandbox
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revox-studio-cli: --sandbox and --connection: choose one
</source>
        <translation>revox-studio-cli&#xa0;: --sandbox et --connection&#xa0;: choisissez l’un des deux
</translation>
    </message>
</context>
<context>
    <name>SandboxApi</name>
    <message>
        <location filename="../src/sandbox/SandboxApi.cpp" line="+88"/>
        <location line="+49"/>
        <location filename="../src/sandbox/SandboxCalls.cpp" line="+108"/>
        <location filename="../src/sandbox/SandboxPhoneNumbers.cpp" line="+61"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+36"/>
        <location line="+30"/>
        <source>Assistant not found.</source>
        <translation>Assistant introuvable.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Voice not found.</source>
        <translation>Voix introuvable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The assistant was changed since you read it (ETag %1).</source>
        <translation>L’assistant a été modifié depuis que vous l’avez lu (ETag %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../src/sandbox/SandboxCalls.cpp" line="+112"/>
        <location line="+77"/>
        <location filename="../src/sandbox/SandboxPhoneNumbers.cpp" line="+55"/>
        <location line="+10"/>
        <source>The sandbox could not save the change: %1</source>
        <translation>Le bac à sable n’a pas pu enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/sandbox/SandboxCalls.cpp" line="-183"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From phone number</source>
        <translation>Numéro appelant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assistant: give either assistant_id or assistant, not both.</source>
        <translation>Assistant&#xa0;: donnez assistant_id ou assistant, pas les deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assistant: give assistant_id, or the assistant itself as an object in assistant.</source>
        <translation>Assistant&#xa0;: donnez assistant_id, ou l’assistant lui-même sous forme d’objet dans assistant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assistant ID</source>
        <translation>ID de l’assistant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assistant ID: no assistant has the id “%1”.</source>
        <translation>ID de l’assistant&#xa0;: aucun assistant n’a l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prompt variables</source>
        <translation>Variables du prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled at</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled at: “%1” is not an ISO 8601 date and time (like 2025-03-04T09:15:00Z).</source>
        <translation>Prévu le&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et heure ISO 8601 (comme 2025-03-04T09:15:00Z).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip calling window</source>
        <translation>Ignorer la plage d’appel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concurrency</source>
        <translation>Simultanéité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Concurrency key: must be a text that is not empty.</source>
        <translation>Clé de simultanéité&#xa0;: doit être un texte non vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concurrency maximum: must be a whole number, 1 or more.</source>
        <translation>Maximum de simultanéité&#xa0;: doit être un nombre entier, 1 ou plus.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+59"/>
        <source>Call not found.</source>
        <translation>Appel introuvable.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Page: must be a whole number, 0 or more.</source>
        <translation>Page&#xa0;: doit être un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page size: must be a whole number from 1 to %1.</source>
        <translation>Taille de page&#xa0;: doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statuses: “%1” is not one of %2.</source>
        <translation>Statuts&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The call has already ended (%1): there is nothing to cancel.</source>
        <translation>L’appel est déjà terminé (%1)&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <location filename="../src/sandbox/SandboxPhoneNumbers.cpp" line="-41"/>
        <location line="+38"/>
        <source>Phone number not found.</source>
        <translation>Numéro de téléphone introuvable.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Inbound assistant</source>
        <translation>Assistant entrant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound assistant: no assistant has the id “%1”.</source>
        <translation>Assistant entrant&#xa0;: aucun assistant n’a l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../src/sandbox/SandboxRoutes.cpp" line="+21"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be %2, not %3.</source>
        <translation>%1&#xa0;: doit être %2, pas %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid JSON body: %1 at offset %2.</source>
        <translation>Corps JSON non valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method not allowed.</source>
        <translation>Méthode non autorisée.</translation>
    </message>
</context>
<context>
    <name>SandboxCallScript</name>
    <message>
        <location filename="../src/sandbox/SandboxCallScript.cpp" line="+45"/>
        <source>(sandbox value for %1)</source>
        <translation>(valeur du bac à sable pour %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the assistant</source>
        <translation>l’assistant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hello?</source>
        <translation>Allô&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, this is %1. How can I help you?</source>
        <translation>Bonjour, ici %1. Comment puis-je vous aider&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Hi, yes, this is me.</source>
        <translation>Bonjour, oui, c’est moi.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hello, this is %1. How can I help you today?</source>
        <translation>Bonjour, ici %1. Comment puis-je vous aider aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, this is %1. %2</source>
        <translation>Bonjour, ici %1. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What is this call about?</source>
        <translation>C’est à quel sujet&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am calling on behalf of %1.</source>
        <translation>J’appelle de la part de %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That is done.</source>
        <translation>C’est fait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you, that is all.</source>
        <translation>Merci, ce sera tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for your time. Goodbye!</source>
        <translation>Merci de votre temps. Au revoir&#xa0;!</translation>
    </message>
</context>
<context>
    <name>SandboxDelivery</name>
    <message numerus="yes">
        <location filename="../src/sandbox/SandboxDelivery.cpp" line="+64"/>
        <source>try again in %n millisecond(s)</source>
        <translation>
            <numerusform>réessayez dans %n milliseconde</numerusform>
            <numerusform>réessayez dans %n millisecondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>réessayez dans %n seconde</numerusform>
            <numerusform>réessayez dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try again after %1</source>
        <translation>réessayez après %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Too many requests (an injected sandbox fault): %1.</source>
        <translation>Trop de requêtes (une panne injectée dans le bac à sable)&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moved to %1.</source>
        <translation>Déplacé vers %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service is unavailable (an injected sandbox fault).</source>
        <translation>Le service est indisponible (une panne injectée dans le bac à sable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injected sandbox failure (%1).</source>
        <translation>Panne injectée dans le bac à sable (%1).</translation>
    </message>
</context>
<context>
    <name>SandboxFault</name>
    <message>
        <location filename="../src/sandbox/SandboxFault.cpp" line="+95"/>
        <source>&quot;kind&quot; must be one of delay, status, rateLimit, drop, reset, truncate, stallBeforeHeaders, stallMidBody, slowBody, malformedJson, htmlError, wrongContentType, redirect, oversized, ignoreField.</source>
        <translation>«&#xa0;kind&#xa0;» doit valoir delay, status, rateLimit, drop, reset, truncate, stallBeforeHeaders, stallMidBody, slowBody, malformedJson, htmlError, wrongContentType, redirect, oversized ou ignoreField.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;times&quot; must be -1 (until cleared) or at least 1.</source>
        <translation>«&#xa0;times&#xa0;» doit valoir -1 (jusqu’à effacement) ou au moins 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;pathPattern&quot; is not a valid regular expression.</source>
        <translation>«&#xa0;pathPattern&#xa0;» n’est pas une expression régulière valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;location&quot; is not a valid URL.</source>
        <translation>«&#xa0;location&#xa0;» n’est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A redirect needs a &quot;location&quot;.</source>
        <translation>Une redirection nécessite «&#xa0;location&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignoreField needs a &quot;field&quot;.</source>
        <translation>ignoreField nécessite «&#xa0;field&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;body&quot; must be a string, an object or an array.</source>
        <translation>«&#xa0;body&#xa0;» doit être une chaîne, un objet ou un tableau.</translation>
    </message>
</context>
<context>
    <name>SandboxHttpConnection</name>
    <message>
        <location filename="../src/sandbox/SandboxHttpReader.cpp" line="+249"/>
        <location line="+5"/>
        <source>The request head is larger than %1 bytes.</source>
        <translation>L’en-tête de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A line of the request head contains a bare CR or a NUL byte.</source>
        <translation>Une ligne de l’en-tête de la requête contient un CR isolé ou un octet NUL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>The request line is not “METHOD target HTTP/1.1”.</source>
        <translation>La ligne de requête n’est pas de la forme «&#xa0;METHOD target HTTP/1.1&#xa0;».</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only HTTP/1.1 and HTTP/1.0 are supported.</source>
        <translation>Seuls HTTP/1.1 et HTTP/1.0 sont pris en charge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request target is not a path.</source>
        <translation>La cible de la requête n’est pas un chemin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A header line is not “Name: value”.</source>
        <translation>Une ligne d’en-tête n’est pas de la forme «&#xa0;Name: value&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A request cannot have both Transfer-Encoding and Content-Length.</source>
        <translation>Une requête ne peut avoir à la fois Transfer-Encoding et Content-Length.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last transfer coding must be chunked.</source>
        <translation>Le dernier codage de transfert doit être chunked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the chunked transfer coding is supported.</source>
        <translation>Seul le codage de transfert chunked est pris en charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content-Length is not one number.</source>
        <translation>Content-Length n’est pas un nombre unique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+7"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+5"/>
        <source>A chunk size line is too long.</source>
        <translation>Une ligne de taille de bloc est trop longue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chunk size is not a hexadecimal number.</source>
        <translation>Une taille de bloc n’est pas un nombre hexadécimal.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A chunk is longer than its size says.</source>
        <translation>Un bloc est plus long que sa taille annoncée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>The trailer fields are larger than %1 bytes.</source>
        <translation>Les champs de fin dépassent %1 octets.</translation>
    </message>
</context>
<context>
    <name>SandboxHttpServer</name>
    <message>
        <location filename="../src/sandbox/SandboxHttpServer.cpp" line="+20"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SandboxRecovery</name>
    <message>
        <location filename="../src/sandbox/SandboxRecovery.cpp" line="+23"/>
        <source>The sandbox&apos;s data file %1 could not be used: %2. It was kept as %3, and the sandbox started afresh with its sample data.</source>
        <translation>Le fichier de données du bac à sable %1 était inutilisable&#xa0;: %2. Il a été conservé sous le nom %3, et le bac à sable est reparti de ses données d’exemple.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox&apos;s data file %1 could not be used: %2. It was kept as %3, but no new file could be made there: the sandbox keeps its data in memory, and it is lost when the sandbox stops.</source>
        <translation>Le fichier de données du bac à sable %1 était inutilisable&#xa0;: %2. Il a été conservé sous le nom %3, mais aucun nouveau fichier n’a pu être créé à cet endroit&#xa0;: le bac à sable garde ses données en mémoire, et elles seront perdues à son arrêt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s data file %1 could not be used: %2. It was left where it is, as it could not be moved aside: the sandbox keeps its data in memory, and it is lost when the sandbox stops.</source>
        <translation>Le fichier de données du bac à sable %1 était inutilisable&#xa0;: %2. Il a été laissé en place, faute de pouvoir être mis de côté&#xa0;: le bac à sable garde ses données en mémoire, et elles seront perdues à son arrêt.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <location filename="../src/sandbox/SandboxServer.cpp" line="+106"/>
        <source>The in-memory database cannot be opened: %1.</source>
        <translation>Impossible d’ouvrir la base de données en mémoire&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file %1 cannot be used: %2.</source>
        <translation>Le fichier de données %1 est inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a new file cannot be made there either: %1</source>
        <translation>aucun nouveau fichier ne peut non plus y être créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be found to be moved aside</source>
        <translation>il est introuvable pour être mis de côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file %1 cannot be used: %2; %3.</source>
        <translation>Le fichier de données %1 est inutilisable&#xa0;: %2&#xa0;; %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file %1 cannot be used: %2; nor can memory: %3.</source>
        <translation>Le fichier de données %1 est inutilisable&#xa0;: %2&#xa0;; la mémoire non plus&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The sandbox server is stopping.</source>
        <translation>Le serveur bac à sable s’arrête.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No API key was sent: send the header “Authorization: Bearer &lt;key&gt;”.</source>
        <translation>Aucune clé d’API n’a été envoyée&#xa0;: envoyez l’en-tête «&#xa0;Authorization: Bearer &lt;key&gt;&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Authorization header uses the “%1” scheme; send “Authorization: Bearer &lt;key&gt;”.</source>
        <translation>L’en-tête Authorization utilise le schéma «&#xa0;%1&#xa0;»&#xa0;; envoyez «&#xa0;Authorization: Bearer &lt;key&gt;&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Authorization header has no API key after “Bearer”.</source>
        <translation>L’en-tête Authorization n’a pas de clé d’API après «&#xa0;Bearer&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not valid for this server.</source>
        <translation>La clé d’API n’est pas valide pour ce serveur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The body must be a JSON object describing one fault.</source>
        <translation>Le corps doit être un objet JSON décrivant une panne.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method not allowed.</source>
        <translation>Méthode non autorisée.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <location filename="../src/sandbox/SandboxStore.cpp" line="+66"/>
        <source>it is not a SQLite database (%1)</source>
        <translation>ce n’est pas une base de données SQLite (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is damaged (%1)</source>
        <translation>il est endommagé (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program keeps it locked (%1)</source>
        <translation>un autre programme le garde verrouillé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be opened (%1)</source>
        <translation>il ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be written (%1)</source>
        <translation>il ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access to it is denied (%1)</source>
        <translation>son accès est refusé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>it is the database of another program</source>
        <translation>c’est la base de données d’un autre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is the database of another program (it holds the tables %1)</source>
        <translation>c’est la base de données d’un autre programme (elle contient les tables %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of the sandbox (schema %1; this one reads up to %2)</source>
        <translation>il a été écrit par une version plus récente du bac à sable (schéma %1&#xa0;; celle-ci lit jusqu’au %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its table %1 lacks the columns %2</source>
        <translation>il manque à sa table %1 les colonnes %2</translation>
    </message>
    <message>
        <location line="+201"/>
        <location line="+43"/>
        <location line="+58"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de commencer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+5"/>
        <location line="+61"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+3"/>
        <source>Cannot save the change: %1</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Cannot save the change: the row is missing.</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: la ligne est absente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assistant id is missing or already taken.</source>
        <translation>L’identifiant de l’assistant est absent ou déjà pris.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>No assistant has the id %1.</source>
        <translation>Aucun assistant n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Assistant %1 has a missing or repeated id.</source>
        <translation>L’assistant %1 a un identifiant absent ou répété.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Cannot save the assistants: %1</source>
        <translation>Impossible d’enregistrer les assistants&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The id %1 is missing or already taken.</source>
        <translation>L’identifiant %1 est absent ou déjà pris.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has the id %1.</source>
        <translation>Rien n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item %1 has a missing or repeated id.</source>
        <translation>L’élément %1 a un identifiant absent ou répété.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No phone number has the id %1.</source>
        <translation>Aucun numéro de téléphone n’a l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <location filename="../src/sandbox/SandboxThread.cpp" line="+49"/>
        <source>The sandbox was never started.</source>
        <translation>Le bac à sable n’a jamais été démarré.</translation>
    </message>
</context>
<context>
    <name>SaveCoordinator</name>
    <message>
        <location filename="../src/ui/SaveCoordinator.cpp" line="+33"/>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The server may have created it before the answer was lost, and someone may have changed it since: %n assistant(s) appeared meanwhile and were changed afterwards (%1). Look at them in the list; press Create again to create it all the same.</source>
        <translation>
            <numerusform>Le serveur l’a peut-être créé avant que la réponse se perde, et quelqu’un l’a peut-être modifié depuis&#xa0;: %n assistant est apparu entre-temps puis a été modifié (%1). Regardez-le dans la liste&#xa0;; appuyez à nouveau sur Créer pour le créer quand même.</numerusform>
            <numerusform>Le serveur l’a peut-être créé avant que la réponse se perde, et quelqu’un l’a peut-être modifié depuis&#xa0;: %n assistants sont apparus entre-temps puis ont été modifiés (%1). Regardez-les dans la liste&#xa0;; appuyez à nouveau sur Créer pour le créer quand même.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved “%1”, but not every field: see the editor.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré, mais pas tous les champs&#xa0;: voyez l’éditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left to save: the server already holds these values.</source>
        <translation>Plus rien à enregistrer&#xa0;: le serveur contient déjà ces valeurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Took in changes made elsewhere to %1.</source>
        <translation>Modifications faites ailleurs reprises pour %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Created “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created “%1” (its answer was lost on the way, but the server has it).</source>
        <translation>«&#xa0;%1&#xa0;» créé (la réponse s’est perdue en route, mais le serveur l’a bien).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was not created. You can try again.</source>
        <translation>Il n’a pas été créé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The server may have created it before the answer was lost. Press Create again: Revox Studio checks the list first and creates it only if it is not there.</source>
        <translation>Le serveur l’a peut-être créé avant que la réponse se perde. Appuyez à nouveau sur Créer&#xa0;: Revox Studio vérifie d’abord la liste et ne le crée que s’il n’y est pas.</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <location filename="../src/core/SecretFields.cpp" line="+84"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>(not kept here)</source>
        <translation>(non conservée ici)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(kept apart as “%1”)</source>
        <translation>(conservée à part sous «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not kept: type it again)</source>
        <translation>(non conservée&#xa0;: saisissez-la à nouveau)</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <location filename="../src/core/SettingsFile.cpp" line="+32"/>
        <source>The settings cannot be saved in %1: changes made to them last until Revox Studio closes.</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1&#xa0;: les modifications qui leur sont faites durent jusqu’à la fermeture de Revox Studio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged</source>
        <translation>il est abîmé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be opened</source>
        <translation>il ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file %1 could not be read (%2). It was kept as %3, and Revox Studio started with its default settings: saved connections, the window&apos;s layout and the table&apos;s columns are as on a first start.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être lu (%2). Il a été conservé sous %3, et Revox Studio a démarré avec ses réglages par défaut&#xa0;: les connexions enregistrées, la disposition de la fenêtre et les colonnes du tableau sont comme au premier démarrage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The settings file %1 could not be read (%2), and it cannot be moved aside (%3). It was left as it is; Revox Studio started with its default settings and keeps changes to them until it closes.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être lu (%2), et il ne peut pas être mis de côté (%3). Il a été laissé tel quel&#xa0;; Revox Studio a démarré avec ses réglages par défaut et garde leurs modifications jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be found</source>
        <translation>il est introuvable</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../src/ui/ShortcutsDialog.cpp" line="+14"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ctrl+K opens the command palette: it finds every action below by its name, and assistants, pages and fields too.</source>
        <translation>Ctrl+K ouvre la palette de commandes&#xa0;: elle trouve chaque action ci-dessous par son nom, ainsi que les assistants, les pages et les champs.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../src/cli/StatusCommand.cpp" line="+22"/>
        <source>List unchanged assistants too.</source>
        <translation>Lister aussi les assistants inchangés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show, per assistant, what changed in the folder and on the server since the last pull.</source>
        <translation>Montrer, par assistant, ce qui a changé dans le dossier et sur le serveur depuis le dernier pull.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compares the files in DIR, the server&apos;s assistants and what the server held at the last pull or apply, field by field. Each assistant is unchanged, changed here, changed on the server, changed on both (naming the fields, and those in conflict), new here (a file without an ID), new on the server, gone from the server, deleted here, or invalid. Key order, the fields the server owns (IDs, timestamps, counts) and line endings never count as changes. Exit status 1 when a file is invalid or a field is in conflict.</source>
        <translation>Compare les fichiers de DIR, les assistants du serveur et ce que contenait le serveur au dernier pull ou apply, champ par champ. Chaque assistant est inchangé, modifié ici, modifié sur le serveur, modifié des deux côtés (en nommant les champs, et ceux en conflit), nouveau ici (un fichier sans ID), nouveau sur le serveur, disparu du serveur, supprimé ici, ou non valide. L’ordre des clés, les champs que gère le serveur (ID, horodatages, compteurs) et les fins de ligne ne comptent jamais comme modifications. Code de sortie 1 quand un fichier n’est pas valide ou qu’un champ est en conflit.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n assistant(s): </source>
        <translation>
            <numerusform>%n assistant&#xa0;: </numerusform>
            <numerusform>%n assistants&#xa0;: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructuredOutputPage</name>
    <message>
        <location filename="../src/ui/editor/StructuredOutputPage.cpp" line="+20"/>
        <source>Structured output</source>
        <translation>Sortie structurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output field</source>
        <translation>champ de sortie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>After each call, these fields are extracted from the conversation (the prompt for it is on the Prompt page).</source>
        <translation>Après chaque appel, ces champs sont extraits de la conversation (son prompt se trouve sur la page Prompt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is extracted from calls. Add a field to extract one.</source>
        <translation>Rien n’est extrait des appels. Ajoutez un champ pour en extraire un.</translation>
    </message>
</context>
<context>
    <name>TestCallDialog</name>
    <message>
        <location filename="../src/ui/TestCallDialog.cpp" line="+54"/>
        <source>%1 The server says: “%2”</source>
        <translation>%1 Le serveur dit&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Test Call</source>
        <translation>Appel de test</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is saved: the call takes the assistant as the editor holds it now, unsaved edits included, and leaves the stored assistant as it is.</source>
        <translation>Rien n’est enregistré&#xa0;: l’appel prend l’assistant tel que l’éditeur le contient maintenant, modifications non enregistrées comprises, et laisse l’assistant stocké tel quel.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The call could not be read (%1). Trying again in %n second(s)…</source>
        <translation>
            <numerusform>L’appel n’a pas pu être lu (%1). Nouvel essai dans %n seconde…</numerusform>
            <numerusform>L’appel n’a pas pu être lu (%1). Nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 of %2)</source>
        <translation>(%1 sur %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost track of the call: %1 It may still be running. Look Up Again reads it once more.</source>
        <translation>Appel perdu de vue&#xa0;: %1 Il est peut-être encore en cours. Relire l’appel le relit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call could not be cancelled: %1</source>
        <translation>L’appel n’a pas pu être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Number to call:</source>
        <translation>&amp;Numéro à appeler&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+233"/>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>+14155550123 — your own phone</source>
        <translation>+33612345678 — votre propre téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calling &amp;from:</source>
        <translation>Appeler &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+234"/>
        <source>Calling from</source>
        <translation>Appeler depuis</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>empty: the account&apos;s default number</source>
        <translation>vide&#xa0;: le numéro par défaut du compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt variables</source>
        <translation>Variables du prompt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the call with the assistant as it is in the editor, unsaved edits included</source>
        <translation>Passer l’appel avec l’assistant tel qu’il est dans l’éditeur, modifications non enregistrées comprises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel C&amp;all</source>
        <translation>Annuler l’a&amp;ppel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the server to end the call</source>
        <translation>Demander au serveur de mettre fin à l’appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look Up Again</source>
        <translation>&amp;Relire l’appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the call from the server again</source>
        <translation>Relire l’appel sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Editor</source>
        <translation>Afficher dans l’&amp;éditeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the value that must be typed again</source>
        <translation>Aller à la valeur qu’il faut retaper</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Call status</source>
        <translation>État de l’appel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Test calls this session</source>
        <translation>Appels de test de cette session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test calls of this assistant in this session</source>
        <translation>Appels de test de cet assistant pendant cette session</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Structured output</source>
        <translation>Sortie structurée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Structured output:</source>
        <translation>&amp;Sortie structurée&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — the call is simulated on this computer. No phone rings.</source>
        <translation>&lt;b&gt;Bac à sable&lt;/b&gt; — l’appel est simulé sur cet ordinateur. Aucun téléphone ne sonne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;This is a real call.&lt;/b&gt; The phone at the number below will ring, on the production account “%1”, and the call counts like any other.</source>
        <translation>&lt;b&gt;Ceci est un vrai appel.&lt;/b&gt; Le téléphone du numéro ci-dessous va sonner, sur le compte de production «&#xa0;%1&#xa0;», et l’appel compte comme n’importe quel autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;This is a real call&lt;/b&gt; through “%1”: the phone at the number below will ring.</source>
        <translation>&lt;b&gt;Ceci est un vrai appel&lt;/b&gt; via «&#xa0;%1&#xa0;»&#xa0;: le téléphone du numéro ci-dessous va sonner.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unnamed assistant</source>
        <translation>Assistant sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Call — %1</source>
        <translation>Appel de test — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Value of {{%1}}</source>
        <translation>Valeur de {{%1}}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The prompt and the first sentence use no {{variables}}.</source>
        <translation>Le prompt et la première phrase n’utilisent aucune {{variable}}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as prompt_variables: they fill the {{variables}} of the prompt and the first sentence for this call.</source>
        <translation>Envoyées comme prompt_variables&#xa0;: elles remplissent les {{variables}} du prompt et de la première phrase pour cet appel.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No value for %1: the call can go without, but the assistant then gets the placeholder as it is.</source>
        <translation>Pas de valeur pour %1&#xa0;: l’appel peut se faire sans, mais l’assistant reçoit alors l’espace réservé tel quel.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The editor of this assistant was closed: open the assistant again to place a test call.</source>
        <translation>L’éditeur de cet assistant a été fermé&#xa0;: ouvrez à nouveau l’assistant pour passer un appel de test.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Placing the call to %1…</source>
        <translation>Appel de %1 en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No longer followed: another connection became live. The call goes on; Look Up Again reads it once more when this connection is live again.</source>
        <translation>Plus suivi&#xa0;: une autre connexion est devenue active. L’appel continue&#xa0;; Relire l’appel le relit quand cette connexion est à nouveau active.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close Test Call</source>
        <translation>Fermer l’appel de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test call to %1 is still running.</source>
        <translation>L’appel de test vers %1 est toujours en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the call, or let it go on? A call that goes on stays listed here; open Test Call again to follow it.</source>
        <translation>Annuler l’appel, ou le laisser continuer&#xa0;? Un appel qui continue reste listé ici&#xa0;; rouvrez Appel de test pour le suivre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the Call</source>
        <translation>Annuler l’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let It Run</source>
        <translation>Le laisser continuer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Not placed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non passé&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The call was not placed: %1 Type the value again in the editor, then call again.</source>
        <translation>L’appel n’a pas été passé&#xa0;: %1 Retapez la valeur dans l’éditeur, puis rappelez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer came from the server, and the list of calls could not be read: the call may have been placed all the same. %1 Check the phone before calling again.</source>
        <translation>Aucune réponse n’est venue du serveur, et la liste des appels n’a pas pu être lue&#xa0;: l’appel a peut-être été passé quand même. %1 Vérifiez le téléphone avant de rappeler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call was not placed: %1</source>
        <translation>L’appel n’a pas été passé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>· cancelling…</source>
        <translation>· annulation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· last known state</source>
        <translation>· dernier état connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>· not followed</source>
        <translation>· non suivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No attempt yet.</source>
        <translation>Aucune tentative pour l’instant.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(failed)</source>
        <translation>(échec)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Place a call to hear the assistant as it is in the editor.</source>
        <translation>Passez un appel pour entendre l’assistant tel qu’il est dans l’éditeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome shows when the call has ended.</source>
        <translation>L’issue s’affiche quand l’appel est terminé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended by</source>
        <translation>Terminé par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialling</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>TestCalls</name>
    <message numerus="yes">
        <location filename="../src/ui/TestCalls.cpp" line="+82"/>
        <source>%n test call(s) still running.</source>
        <translation>
            <numerusform>%n appel de test toujours en cours.</numerusform>
            <numerusform>%n appels de test toujours en cours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel them, or let them go on without following them here?</source>
        <translation>Les annuler, ou les laisser continuer sans les suivre ici&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the Calls</source>
        <translation>Annuler les appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Them Run</source>
        <translation>Les laisser continuer</translation>
    </message>
</context>
<context>
    <name>TextPattern</name>
    <message>
        <location filename="../src/core/TextPattern.cpp" line="+93"/>
        <source>Type the text to find.</source>
        <translation>Tapez le texte à rechercher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>L’expression régulière n’est pas valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The regular expression matches empty text, so it would match everywhere: make it match at least one character.</source>
        <translation>L’expression régulière correspond à un texte vide, elle correspondrait donc partout&#xa0;: faites-la correspondre à au moins un caractère.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The replacement refers to group %1, but the regular expression has no groups in parentheses.</source>
        <translation>Le remplacement fait référence au groupe %1, mais l’expression régulière n’a aucun groupe entre parenthèses.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The replacement refers to group %1, but the regular expression has only %n.</source>
        <translation>
            <numerusform>Le remplacement fait référence au groupe %1, mais l’expression régulière n’en a que %n.</numerusform>
            <numerusform>Le remplacement fait référence au groupe %1, mais l’expression régulière n’en a que %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../src/ui/Theme.cpp" line="+77"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../src/ui/ThemeMenu.cpp" line="+9"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location filename="../src/ui/editor/ToolsPage.cpp" line="+65"/>
        <source>Custom tools</source>
        <translation>Outils personnalisés</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>get_weather</source>
        <translation>get_weather</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the agent should call this tool, and what it returns.</source>
        <translation>Quand l’agent doit appeler cet outil, et ce qu’il renvoie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://api.example.com/v1/…</source>
        <translation>https://api.example.com/v1/…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query parameter</source>
        <translation>paramètre de requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{&quot;date&quot;: &quot;{{date}}&quot;} — empty: no body</source>
        <translation>{&quot;date&quot;: &quot;{{date}}&quot;} — vide&#xa0;: pas de corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>(unnamed tool)</source>
        <translation>(outil sans nom)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../src/cli/ValidateCommand.cpp" line="+22"/>
        <source>Count values the server already held that break a rule as problems too.</source>
        <translation>Compter aussi comme problèmes les valeurs que contenait déjà le serveur et qui enfreignent une règle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the folder&apos;s files offline with the editor&apos;s rules (for CI and a pre-commit hook).</source>
        <translation>Vérifier hors ligne les fichiers du dossier avec les règles de l’éditeur (pour la CI et un hook pre-commit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads every file in DIR without connecting anywhere and checks it as the editor does: a value changed since the last pull (or any value of a new file) that breaks a rule is a problem; so is a file that cannot be read (malformed JSON, not one object, a malformed secret reference), an ID in two files, a prompt file without its JSON file, and a secret written in clear instead of a {&quot;$secret&quot;: NAME} reference. A value the server already held that breaks a rule is a note, as in the editor (a problem with --strict). Each is one line, &apos;file: field: rule&apos;. Exit status 1 on any problem.</source>
        <translation>Lit chaque fichier de DIR sans se connecter nulle part et le vérifie comme l’éditeur&#xa0;: une valeur modifiée depuis le dernier pull (ou toute valeur d’un nouveau fichier) qui enfreint une règle est un problème&#xa0;; de même un fichier illisible (JSON mal formé, pas un objet unique, une référence de secret mal formée), un ID dans deux fichiers, un fichier de prompt sans son fichier JSON, et un secret écrit en clair au lieu d’une référence {&quot;$secret&quot;: NOM}. Une valeur que contenait déjà le serveur et qui enfreint une règle est une remarque, comme dans l’éditeur (un problème avec --strict). Chacun tient sur une ligne, &apos;fichier: champ: règle&apos;. Code de sortie 1 au moindre problème.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>note: %1 (held by the server; not a problem until changed)</source>
        <translation>remarque&#xa0;: %1 (valeur du serveur&#xa0;; pas un problème tant qu’elle n’est pas modifiée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n fichier vérifié</numerusform>
            <numerusform>%n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/core/Validation.cpp" line="+84"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+123"/>
        <location line="+292"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="-413"/>
        <location line="+109"/>
        <location line="+22"/>
        <location line="+80"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+201"/>
        <location line="+17"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+137"/>
        <location line="+89"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be %2, not %3.</source>
        <translation>%1&#xa0;: doit être %2, pas %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: must not be null.</source>
        <translation>%1&#xa0;: ne doit pas être null.</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>%1: is required.</source>
        <translation>%1&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must not be empty.</source>
        <translation>%1&#xa0;: ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is not one of the allowed values (%3).</source>
        <translation>%1&#xa0;: %2 ne fait pas partie des valeurs autorisées (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must be a whole number, not %2.</source>
        <translation>%1&#xa0;: doit être un nombre entier, pas %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: must be greater than %2 and at most %3 (got %4).</source>
        <translation>%1&#xa0;: doit être supérieur à %2 et au plus %3 (reçu %4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be between %2 and %3 (got %4).</source>
        <translation>%1&#xa0;: doit être compris entre %2 et %3 (reçu %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must be at most %2 (got %3).</source>
        <translation>%1&#xa0;: doit être au plus %2 (reçu %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must be greater than %2 (got %3).</source>
        <translation>%1&#xa0;: doit être supérieur à %2 (reçu %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must not be negative (got %2).</source>
        <translation>%1&#xa0;: ne doit pas être négatif (reçu %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be at least %2 (got %3).</source>
        <translation>%1&#xa0;: doit être au moins %2 (reçu %3).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 is outside the range %3 supports (%4 to %5).</source>
        <translation>%1&#xa0;: %2 est hors de la plage que %3 prend en charge (%4 à %5).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 is not a valid E.164 phone number (a + followed by country code and number, e.g. +14155550123).</source>
        <translation>%1&#xa0;: %2 n’est pas un numéro de téléphone E.164 valide (un + suivi de l’indicatif du pays et du numéro, par exemple +33123456789).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 is not a time of day (24-hour like 09:00 or 17:30, or 12-hour like 9am or 6:30pm).</source>
        <translation>%1&#xa0;: %2 n’est pas une heure de la journée (sur 24 heures comme 09:00 ou 17:30, ou sur 12 heures comme 9am ou 6:30pm).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not a known IANA time zone (e.g. Europe/Paris).</source>
        <translation>%1&#xa0;: %2 n’est pas un fuseau horaire IANA connu (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>%1: %2 is not a valid web address (http:// or https:// and a host, e.g. https://example.com/hook).</source>
        <translation>%1&#xa0;: %2 n’est pas une adresse web valide (http:// ou https:// et un hôte, par exemple https://example.com/hook).</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>%1: %2 is not a valid e-mail address (like name@example.com).</source>
        <translation>%1&#xa0;: %2 n’est pas une adresse électronique valide (comme nom@example.com).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is not lowercase_snake_case (a-z, digits and single underscores, starting with a letter, e.g. get_weather).</source>
        <translation>%1&#xa0;: %2 n’est pas en lowercase_snake_case (a-z, chiffres et tirets bas isolés, commençant par une lettre, par exemple get_weather).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: is not valid JSON (%2).</source>
        <translation>%1&#xa0;: JSON non valide (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: }} at character %2 has no matching {{.</source>
        <translation>%1&#xa0;: le }} au caractère %2 n’a pas de {{ correspondant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the {{ at character %2 is not closed with }}.</source>
        <translation>%1&#xa0;: le {{ au caractère %2 n’est pas fermé par }}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a valid placeholder (a name of letters, digits, _ and ., not starting with a digit, e.g. {{first_name}}).</source>
        <translation>%1&#xa0;: %2 n’est pas une variable valide (un nom fait de lettres, de chiffres, de _ et de ., ne commençant pas par un chiffre, par exemple {{first_name}}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: {{%2}} is not available here; use %3.</source>
        <translation>%1&#xa0;: {{%2}} n’est pas disponible ici&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the window must start before it ends (%2 is not before %3).</source>
        <translation>%1&#xa0;: la plage doit commencer avant de finir (%2 n’est pas avant %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is used more than once; names must be unique.</source>
        <translation>%1&#xa0;: %2 est utilisé plusieurs fois&#xa0;; les noms doivent être uniques.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: type &quot;enum&quot; needs at least one option.</source>
        <translation>%1&#xa0;: le type «&#xa0;enum&#xa0;» nécessite au moins une option.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: option %2 is empty.</source>
        <translation>%1&#xa0;: l’option %2 est vide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not restored from the draft; saving keeps the server&apos;s value unless you type a new one.</source>
        <translation>%1&#xa0;: non restaurée depuis le brouillon&#xa0;; l’enregistrement garde la valeur du serveur, sauf si vous en saisissez une nouvelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the value typed here was not kept in the draft; type it again.</source>
        <translation>%1&#xa0;: la valeur saisie ici n’a pas été conservée dans le brouillon&#xa0;; saisissez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <location filename="../src/core/ValueText.cpp" line="+56"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../src/ui/editor/VoicePage.cpp" line="+50"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pick a voice below or paste its ID</source>
        <translation>Choisissez une voix ci-dessous ou collez son ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Search voices by name, language or accent</source>
        <translation>Rechercher des voix par nom, langue ou accent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search voices</source>
        <translation>Rechercher des voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accent</source>
        <translation>Accent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 supports %2 to %3.</source>
        <translation>%1 accepte de %2 à %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No voice chosen.</source>
        <translation>Aucune voix choisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The voice list has not been loaded; the ID is kept as it is.</source>
        <translation>La liste des voix n’est pas chargée&#xa0;; l’ID est conservé tel quel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the voice list of this provider; the ID is kept as typed.</source>
        <translation>Absente de la liste des voix de ce fournisseur&#xa0;; l’ID est conservé tel que saisi.</translation>
    </message>
</context>
<context>
    <name>WeekPicture</name>
    <message>
        <location filename="../src/ui/editor/WeekPicture.cpp" line="+30"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No calls can go out with these settings.</source>
        <translation>Aucun appel ne peut partir avec ces réglages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls may go out on %1, %2.</source>
        <translation>Les appels peuvent partir le %1, %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/studio/main.cpp" line="+38"/>
        <source>Connect to this API base URL (default: REVOX_BASE_URL, else %1).</source>
        <translation>Se connecter à cette URL de base de l’API (par défaut&#xa0;: REVOX_BASE_URL, sinon %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the built-in sandbox&apos;s data in this SQLite file.</source>
        <translation>Conserver les données du bac à sable intégré dans ce fichier SQLite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start on the sandbox, whatever is configured.</source>
        <translation>Démarrer sur le bac à sable, quelle que soit la configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on the sandbox, print how many assistants it lists, then quit (exit status 0 when the list loaded and is not empty).</source>
        <translation>Démarrer sur le bac à sable, afficher le nombre d’assistants listés, puis quitter (code de sortie 0 si la liste s’est chargée et n’est pas vide).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Desktop editor for Revox voice-AI assistants. Without an API key (REVOX_API_KEY or a saved connection) it works on a built-in sandbox.</source>
        <translation>Éditeur de bureau pour les assistants vocaux IA de Revox. Sans clé d’API (REVOX_API_KEY ou une connexion enregistrée), il fonctionne sur un bac à sable intégré.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n assistant(s) listed.</source>
        <translation>
            <numerusform>%n assistant listé.</numerusform>
            <numerusform>%n assistants listés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment (REVOX_API_KEY)</source>
        <translation>Environnement (REVOX_API_KEY)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer from the sandbox within 30 s.</source>
        <translation>Aucune réponse du bac à sable en 30 s.</translation>
    </message>
</context>
</TS>
