import { Create } from 'react-admin';
import { usePrincipal } from '../access';
import { KeyEditorForm, transformKey } from './KeyEditor';

export const KeyCreate = () => {
  const principal = usePrincipal();
  return (
    <Create
      redirect="edit"
      transform={transformKey}
      title="resources.costSharingKeys.create_title"
      record={{
        ownerOrganisationId: principal?.organisationId,
        spec: { method: 'EQUAL', bands: [], shares: {}, groups: [] },
      }}
    >
      <KeyEditorForm create />
    </Create>
  );
};

export default KeyCreate;
