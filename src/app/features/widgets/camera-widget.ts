import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { WidgetBase } from './widget-base';

/**
 * ip-camera: honest about what the hub offers. The hub's stream socket accepts a connection but sends no
 * frames (§7.1), and its RTSP address is not something a browser can play, so there is no live view.
 */
@Component({
  selector: 'simo-camera-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <div class="frame">
      <mat-icon aria-hidden="true">videocam_off</mat-icon>
      <p>No live view: this hub does not stream camera video to apps.</p>
    </div>
  `,
  styles: `
    .frame {
      display: grid; place-items: center; gap: 4px; padding: 12px; min-height: 96px; border-radius: 12px; text-align: center;
      background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface-variant);
    }
    p { margin: 0; font: var(--mat-sys-body-small); }
  `,
})
export class CameraWidget extends WidgetBase {}
