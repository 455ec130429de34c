import type { ReactNode } from 'react';
import type { VerificationMethod } from '../../api/types';
import { rich } from '../../content/rich';
import { Ltr } from '../../ui/Ltr';
import { Masked } from './Masked';

/** A method named by what it does and where: "Text +1 ••• ••• ••10", "Call your office phone …". */
export function methodLabel(method: VerificationMethod): ReactNode {
  const destination = <Masked value={method.maskedDestination} />;
  switch (method.type) {
    case 'sms':
      return rich('method.sms', { destination });
    case 'voice':
      if (method.phoneType === 'office')
        return method.extension
          ? rich('method.voice.office', { destination, extension: <Ltr>{method.extension}</Ltr> })
          : rich('method.voice.officePlain', { destination });
      return rich(
        method.phoneType === 'alternateMobile' ? 'method.voice.alternateMobile' : 'method.voice.mobile',
        {
          destination,
        },
      );
    case 'email-code':
      return rich('method.email-code', { destination });
    case 'app-code':
      return rich('method.app-code', {});
  }
}
