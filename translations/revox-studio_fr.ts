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
        <location line="+26"/>
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
        <location line="+28"/>
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
    <name>AssistantActions</name>
    <message>
        <location filename="../src/ui/AssistantActions.cpp" line="+60"/>
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
        <location line="+13"/>
        <source>Delete Assistant</source>
        <translation>Supprimer l’assistant</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be deleted. %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied ID %1</source>
        <translation>ID %1 copié</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <location filename="../src/ui/editor/AssistantEditor.cpp" line="+98"/>
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
        <location line="+4"/>
        <source>Review the changes and save them (%1)</source>
        <translation>Vérifier les modifications et les enregistrer (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Unnamed assistant</source>
        <translation>Assistant sans nom</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+169"/>
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
        <location line="+22"/>
        <location line="+96"/>
        <source>The server says: %1</source>
        <translation>Le serveur indique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Changed, not saved yet. %1</source>
        <translation>Modifié, pas encore enregistré. %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Has unsaved changes.</source>
        <translation>Contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has problems that block saving.</source>
        <translation>Contient des problèmes qui empêchent l’enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has values the server holds that break a rule.</source>
        <translation>Contient des valeurs du serveur qui enfreignent une règle.</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+3"/>
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
    <name>AssistantJson</name>
    <message>
        <location filename="../src/core/AssistantJson.cpp" line="+26"/>
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
        <location line="+90"/>
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
        <location filename="../src/ui/AssistantListPage.cpp" line="+27"/>
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
    <name>AssistantSchema</name>
    <message>
        <location filename="../src/core/AssistantSchema.cpp" line="+32"/>
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
        <location line="+4"/>
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
        <location line="+6"/>
        <source>Dedicated model</source>
        <translation>Modèle dédié</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Called when a call completes.</source>
        <translation>Appelée à la fin de chaque appel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendly</source>
        <translation>Calendly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendly booking link; empty disables booking.</source>
        <translation>Lien de réservation Calendly&#xa0;; vide, la réservation est désactivée.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>First sentence mode</source>
        <translation>Mode de la première phrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generated: the LLM writes it; static: spoken as written; none: wait for the caller.</source>
        <translation>generated&#xa0;: le LLM l’écrit&#xa0;; static&#xa0;: dite telle qu’écrite&#xa0;; none&#xa0;: attendre l’interlocuteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First sentence delay</source>
        <translation>Délai de la première phrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause before speaking first, in milliseconds (default 400).</source>
        <translation>Pause avant de parler en premier, en millisecondes (400 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-call sentence</source>
        <translation>Phrase de fin d’appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Said when the agent decides to hang up.</source>
        <translation>Dite lorsque l’agent décide de raccrocher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max-duration end message</source>
        <translation>Message de durée maximale atteinte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Said, uninterruptibly, when the call reaches its maximum duration.</source>
        <translation>Dit, sans interruption possible, lorsque l’appel atteint sa durée maximale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structured output prompt</source>
        <translation>Prompt de sortie structurée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom prompt for extracting structured data.</source>
        <translation>Prompt personnalisé pour extraire des données structurées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice provider</source>
        <translation>Fournisseur de voix</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Background sound volume</source>
        <translation>Volume du son d’ambiance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thinking sound</source>
        <translation>Son de réflexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clip played while the agent thinks; empty turns it off.</source>
        <translation>Extrait joué pendant que l’agent réfléchit&#xa0;; vide, il est coupé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinking sound probability</source>
        <translation>Probabilité du son de réflexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thinking sound volume</source>
        <translation>Volume du son de réflexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call retry</source>
        <translation>Nouvelles tentatives d’appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed days</source>
        <translation>Jours autorisés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call twice in a row</source>
        <translation>Appeler deux fois de suite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max retry attempts</source>
        <translation>Nombre maximal de tentatives</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IANA time zone; empty uses the recipient number&apos;s country.</source>
        <translation>Fuseau horaire IANA&#xa0;; vide, celui du pays du numéro appelé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling windows</source>
        <translation>Plages d’appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window start</source>
        <translation>Début de la plage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window end</source>
        <translation>Fin de la plage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry delay</source>
        <translation>Délai avant nouvelle tentative</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom tools</source>
        <translation>Outils personnalisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool name</source>
        <translation>Nom de l’outil</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+4"/>
        <source>Parameter name</source>
        <translation>Nom du paramètre</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
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
        <source>FAQ question</source>
        <translation>Question de FAQ</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Output name</source>
        <translation>Nom de la sortie</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
        <source>IVR navigation</source>
        <translation>Navigation SVI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets the agent send DTMF tones to navigate phone menus.</source>
        <translation>Permet à l’agent d’envoyer des tonalités DTMF pour naviguer dans les menus téléphoniques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail message</source>
        <translation>Message sur messagerie vocale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoken on voicemail before hanging up; empty hangs up.</source>
        <translation>Dit sur la messagerie vocale avant de raccrocher&#xa0;; vide, l’agent raccroche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail SMS prompt</source>
        <translation>Prompt du SMS après messagerie vocale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMS during calls</source>
        <translation>SMS pendant les appels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS template</source>
        <translation>Modèle de SMS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After-call SMS prompt</source>
        <translation>Prompt du SMS après l’appel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notification e-mail</source>
        <translation>Courriel de notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail outcomes</source>
        <translation>Issues notifiées par courriel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer phone number</source>
        <translation>Numéro de transfert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Human transfer mode</source>
        <translation>Mode de transfert vers une personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warm transfer instructions</source>
        <translation>Instructions de transfert accompagné</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../src/core/AssistantTableModel.cpp" line="+205"/>
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
    <name>CallsPage</name>
    <message>
        <location filename="../src/ui/editor/CallsPage.cpp" line="+32"/>
        <source>Calls and messages</source>
        <translation>Appels et messages</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+52"/>
        <source>%1 #%2: added%3</source>
        <translation>%1 #%2&#xa0;: ajouté%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2: removed%3</source>
        <translation>%1 #%2&#xa0;: supprimé%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../src/ui/ConflictDialog.cpp" line="+59"/>
        <source>Changed on the Server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed “%1” on the server since you opened it. Choose, for each field that both of you changed, which version to keep.</source>
        <translation>Quelqu’un a modifié «&#xa0;%1&#xa0;» sur le serveur depuis que vous l’avez ouvert. Choisissez, pour chaque champ que vous avez tous deux modifié, la version à garder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their changes to %1 are taken in.</source>
        <translation>Leurs modifications de %1 sont reprises.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;server&apos;s</source>
        <translation>Prendre celle du &amp;serveur</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+10"/>
        <source>Secret values you did not change keep the server&apos;s version either way.</source>
        <translation>Les valeurs secrètes que vous n’avez pas modifiées gardent de toute façon la version du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show secret &amp;values</source>
        <translation>Afficher les &amp;valeurs secrètes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header and query parameter values of tools may hold API tokens.</source>
        <translation>Les valeurs des en-têtes et des paramètres de requête des outils peuvent contenir des jetons d’API.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save My Choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../src/ui/ConnectionController.cpp" line="+23"/>
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
        <location line="+13"/>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — a local server with sample data. Nothing you do here reaches Revox.</source>
        <translation>&lt;b&gt;Bac à sable&lt;/b&gt; — un serveur local avec des données d’exemple. Rien de ce que vous faites ici n’atteint Revox.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;PRODUCTION&lt;/b&gt; — %1 · %2. Changes affect live calls.</source>
        <translation>&lt;b&gt;PRODUCTION&lt;/b&gt; — %1 · %2. Les modifications touchent les appels réels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Revox Studio</source>
        <translation>%1 — Revox Studio</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location filename="../src/ui/ConnectionDialog.cpp" line="+26"/>
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
        <location line="+12"/>
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
        <location line="+5"/>
        <source>The key is stored in your system keychain, never in a settings file.</source>
        <translation>La clé est enregistrée dans le trousseau de votre système, jamais dans un fichier de configuration.</translation>
    </message>
    <message>
        <location line="+37"/>
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
    <name>DraftKeeper</name>
    <message>
        <location filename="../src/ui/DraftKeeper.cpp" line="+66"/>
        <source>Could not keep a draft of “%1”: %2</source>
        <translation>Impossible de conserver un brouillon de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location filename="../src/ui/editor/EditorPage.cpp" line="+325"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <location filename="../src/ui/EditorTabs.cpp" line="+17"/>
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
        <location filename="../src/ui/editor/EditorWidgets.cpp" line="+39"/>
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
    <name>EnumText</name>
    <message>
        <location filename="../src/ui/editor/EnumText.cpp" line="+14"/>
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
        <location line="+33"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not known to this version)</source>
        <translation>%1 (inconnu de cette version)</translation>
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
        <location line="+25"/>
        <source>Only items that need a human answer</source>
        <translation>Seulement les éléments qui demandent une réponse humaine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FAQ item</source>
        <translation>élément de FAQ</translation>
    </message>
    <message>
        <location line="+88"/>
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
        <location line="+15"/>
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
        <location line="+106"/>
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
    <name>GeneralPage</name>
    <message>
        <location filename="../src/ui/editor/GeneralPage.cpp" line="+50"/>
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
        <location line="+41"/>
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
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <location filename="../src/ui/editor/KeyValueTable.cpp" line="+54"/>
        <source>Type the value</source>
        <translation>Saisissez la valeur</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location filename="../src/ui/KeyboardShortcuts.cpp" line="+49"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="+97"/>
        <source>No keychain service is available: API keys are kept for this session only and must be entered again next time.</source>
        <translation>Aucun service de trousseau n’est disponible&#xa0;: les clés d’API ne sont conservées que pour cette session et devront être saisies à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service is available: values typed in a tool&apos;s headers or query parameters are not kept in drafts and will not survive a crash. Save to keep them.</source>
        <translation>Aucun service de trousseau n’est disponible&#xa0;: les valeurs saisies dans les en-têtes ou les paramètres de requête d’un outil ne sont pas conservées dans les brouillons et seront perdues en cas de plantage. Enregistrez pour les garder.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Assistant…</source>
        <translation>&amp;Nouvel assistant…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Cl&amp;ose Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Revox Studio</source>
        <translation>À &amp;propos de Revox Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search name, ID or prompt (%1)</source>
        <translation>Rechercher un nom, un ID ou un prompt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search assistants</source>
        <translation>Rechercher des assistants</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Switch Connection</source>
        <translation>Changer de connexion</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+34"/>
        <source>Loading assistants from %1…</source>
        <translation>Chargement des assistants depuis %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The list shows what was loaded before.</source>
        <translation>La liste montre ce qui avait été chargé auparavant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading assistants…</source>
        <translation>Chargement des assistants…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assistants could not be loaded. See the message above.</source>
        <translation>Impossible de charger les assistants. Voyez le message ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assistant matches “%1”.</source>
        <translation>Aucun assistant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no assistants yet.
Press %1 to create one.</source>
        <translation>Il n’y a encore aucun assistant.
Appuyez sur %1 pour en créer un.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
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
    <message>
        <location line="+58"/>
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
        <location line="+8"/>
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
    <name>PromptPage</name>
    <message>
        <location filename="../src/ui/editor/PromptPage.cpp" line="+29"/>
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
        <location line="+31"/>
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
    <name>RetryPage</name>
    <message>
        <location filename="../src/ui/editor/RetryPage.cpp" line="+76"/>
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
        <location line="+39"/>
        <source>Week:</source>
        <translation>Semaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Automatic: the time zone of the number called</source>
        <translation>Automatique&#xa0;: le fuseau horaire du numéro appelé</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../src/ui/editor/ReviewChangesDialog.cpp" line="+28"/>
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
        <location filename="../src/core/RevoxCall.cpp" line="+146"/>
        <source>the network manager is gone</source>
        <translation>le gestionnaire réseau n’existe plus</translation>
    </message>
    <message>
        <location line="+248"/>
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
        <location line="+152"/>
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
    <name>SandboxApi</name>
    <message>
        <location filename="../src/sandbox/SandboxApi.cpp" line="+75"/>
        <location line="+49"/>
        <location filename="../src/sandbox/SandboxCalls.cpp" line="+107"/>
        <location filename="../src/sandbox/SandboxPhoneNumbers.cpp" line="+60"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+38"/>
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
        <location filename="../src/sandbox/SandboxRoutes.cpp" line="+20"/>
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
    <name>SandboxDataFile</name>
    <message>
        <location filename="../src/sandbox/SandboxDataFile.cpp" line="+47"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SandboxDelivery</name>
    <message numerus="yes">
        <location filename="../src/sandbox/SandboxDelivery.cpp" line="+62"/>
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
        <location line="+139"/>
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
        <location filename="../src/sandbox/SandboxServer.cpp" line="+105"/>
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
        <location line="+132"/>
        <source>The sandbox server is stopping.</source>
        <translation>Le serveur bac à sable s’arrête.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../src/sandbox/SandboxStore.cpp" line="+64"/>
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
        <location line="+175"/>
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
        <location line="+135"/>
        <location line="+64"/>
        <location line="+43"/>
        <location line="+58"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de commencer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+4"/>
        <location line="+59"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+3"/>
        <source>Cannot save the change: %1</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Cannot save the change: the row is missing.</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: la ligne est absente.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <message>
        <location line="+16"/>
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
        <location line="+25"/>
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
        <location line="+5"/>
        <source>The server may have created it before the answer was lost. Press Create again: Revox Studio checks the list first and creates it only if it is not there.</source>
        <translation>Le serveur l’a peut-être créé avant que la réponse se perde. Appuyez à nouveau sur Créer&#xa0;: Revox Studio vérifie d’abord la liste et ne le crée que s’il n’y est pas.</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <location filename="../src/core/SecretFields.cpp" line="+108"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+81"/>
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
    <name>Theme</name>
    <message>
        <location filename="../src/ui/Theme.cpp" line="+75"/>
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
    <name>Validation</name>
    <message>
        <location filename="../src/core/Validation.cpp" line="+90"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+140"/>
        <location line="+265"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="-403"/>
        <location line="+126"/>
        <location line="+22"/>
        <location line="+75"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+213"/>
        <location line="+17"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+154"/>
        <location line="+84"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: must be %2, not %3.</source>
        <translation>%1&#xa0;: doit être %2, pas %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>custom tool %1</source>
        <translation>outil personnalisé %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query parameter %1</source>
        <translation>paramètre de requête %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAQ item %1</source>
        <translation>élément de FAQ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>structured output %1</source>
        <translation>sortie structurée %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calling window %1</source>
        <translation>plage d’appel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: must not be null.</source>
        <translation>%1&#xa0;: ne doit pas être null.</translation>
    </message>
    <message>
        <location line="+253"/>
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
        <location line="+10"/>
        <source>%1: %2 is not a valid web address (http:// or https:// and a host, e.g. https://example.com/hook).</source>
        <translation>%1&#xa0;: %2 n’est pas une adresse web valide (http:// ou https:// et un hôte, par exemple https://example.com/hook).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 is not a valid e-mail address (like name@example.com).</source>
        <translation>%1&#xa0;: %2 n’est pas une adresse électronique valide (comme nom@example.com).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is not lowercase_snake_case (a-z, digits and single underscores, starting with a letter, e.g. get_weather).</source>
        <translation>%1&#xa0;: %2 n’est pas en lowercase_snake_case (a-z, chiffres et tirets bas isolés, commençant par une lettre, par exemple get_weather).</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>When calls may go out</source>
        <translation>Quand les appels peuvent partir</translation>
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
        <location filename="../src/studio/main.cpp" line="+36"/>
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
        <location line="+61"/>
        <source>%n assistant(s) listed.</source>
        <translation>
            <numerusform>%n assistant listé.</numerusform>
            <numerusform>%n assistants listés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
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
